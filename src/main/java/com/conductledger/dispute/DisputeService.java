package com.conductledger.dispute;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.conductledger.explain.Labels;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.schedule.DisputeLimits;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.QaItem;
import com.conductledger.scoring.rules.DisputeCorrection;
import com.conductledger.versions.ScheduleVersions;

/**
 * Disputes as people.md sets them: raised by the person charged within the window and the limit,
 * commented on and resolved by the right role, withdrawn by the person; every action kept in the trail
 * and told to the person concerned. Every check is made before anything is stored, so a refusal stores
 * nothing. A resolution never touches the ledger: the next scoring adds its correction.
 */
@Service
public class DisputeService {

	private final DisputeStore store;

	private final Subjects subjects;

	private final TeamLeads teamLeads;

	private final Notices notices;

	private final PeriodRegistry periods;

	private final ScheduleVersions versions;

	private final PenaltySchedule schedule;

	private final Clock clock;

	DisputeService(DisputeStore store, Subjects subjects, TeamLeads teamLeads, Notices notices, PeriodRegistry periods,
			ScheduleVersions versions, PenaltySchedule schedule, Optional<Clock> clock) {
		this.store = store;
		this.subjects = subjects;
		this.teamLeads = teamLeads;
		this.notices = notices;
		this.periods = periods;
		this.versions = versions;
		this.schedule = schedule;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@Transactional
	public Dispute raise(Actor actor, RaiseRequest request) {
		Subject subject = subjectOf(actor, request);
		if (!actor.isPerson(subject.personId())) {
			throw DisputeRefused.forbidden("只有本人可以申诉 only the person charged (" + subject.personId()
					+ ") raises a dispute about it");
		}
		if (DisputeCorrection.RULE_ID.equals(subject.ruleId())) {
			throw DisputeRefused.badInput("更正不能申诉 a DISPUTE-CORRECTION is the answer to a dispute: it cannot be disputed");
		}
		DisputeRules.reasonProblem(request.reason(), "reason").ifPresent(problem -> {
			throw DisputeRefused.badInput(problem);
		});
		checkProposedItems(subject, request.items());
		store.standing(subject.kind(), subject.key()).ifPresent(standing -> {
			throw DisputeRefused.conflict(standing.state() == DisputeState.OPEN
					? "已有申诉 " + subject.describe() + " is already disputed: " + standing.id() + " is OPEN"
					: "申诉已处理 " + subject.describe() + " was disputed in " + standing.id() + ", resolved "
							+ standing.state() + " on " + standing.resolution().at().toLocalDate()
							+ ": a resolution is final");
		});
		LocalDateTime now = LocalDateTime.now(clock);
		DisputeLimits limits = versions.inForce(subject.period()).schedule().disputes();
		LocalDateTime firstSeen = store.firstSeen(subject.kind(), subject.key())
			.orElseThrow(() -> DisputeRefused.conflict("尚未评分 " + subject.describe()
					+ " has not appeared in a scoring of period " + subject.period() + " yet"));
		DisputeRules.windowProblem(firstSeen, now, limits.windowDays()).ifPresent(problem -> {
			throw DisputeRefused.badInput(problem);
		});
		DisputeRules.limitProblem(store.counting(subject.personId(), subject.period()), limits.perPeriod(), subject.period())
			.ifPresent(problem -> {
				throw DisputeRefused.badInput(problem);
			});
		Evidence evidence = request.evidence() == null ? null : Evidence.of(request.evidenceName(), request.evidence());
		String reason = request.reason().strip();
		long number = store.insert(subject, reason, request.items(), actor.username(), now);
		if (evidence != null) {
			store.saveEvidence(number, evidence);
		}
		store.action(number, "RAISE", actor, now, null, "OPEN; " + subject.describe()
				+ (request.items().isEmpty() ? "" : "; proposed " + ItemScores.format(request.items()))
				+ (evidence == null ? "" : "; evidence " + evidence.fileName() + " sha256 " + evidence.sha256()), reason);
		Dispute dispute = store.find(number).orElseThrow();
		teamLeads.teamLeadOf(subject.personId()).ifPresent(lead -> notices.tell(lead, dispute,
				"新申诉 " + dispute.id() + " raised by " + subject.personId() + " about " + subject.describe()));
		return dispute;
	}

	@Transactional
	public Dispute comment(Actor actor, String id, String text) {
		Dispute dispute = visible(actor, id);
		DisputeRules.reasonProblem(text, "comment").ifPresent(problem -> {
			throw DisputeRefused.badInput(problem);
		});
		if (dispute.state() != DisputeState.OPEN) {
			throw DisputeRefused.conflict("申诉已结束 " + dispute.id() + " is " + dispute.state() + ": it takes no more comments");
		}
		store.action(dispute.number(), "COMMENT", actor, LocalDateTime.now(clock), null, null, text.strip());
		String concerned = actor.isPerson(dispute.subject().personId())
				? teamLeads.teamLeadOf(dispute.subject().personId()).orElse(null) : dispute.subject().personId();
		notices.tell(concerned, dispute, "申诉留言 comment on " + dispute.id() + " by " + actor.username());
		return dispute;
	}

	@Transactional
	public Dispute resolve(Actor actor, String id, ResolveRequest request) {
		Dispute dispute = visible(actor, id);
		Subject subject = dispute.subject();
		refuseUnlessOpen(dispute);
		DisputeRules.resolveProblem(actor, subject, teamLeads.teamLeadOf(subject.personId())).ifPresent(problem -> {
			throw DisputeRefused.forbidden(problem);
		});
		DisputeState outcome = outcome(request.outcome());
		Map<String, QaItem> form = schedule.qaForm().stream().collect(Collectors.toMap(QaItem::name, Function.identity()));
		DisputeRules.resolutionProblem(subject, outcome, request.note(), request.points(), request.items(), form,
				subject.isEvaluation() && subjects.floorObservation(subject.key())).ifPresent(problem -> {
					throw DisputeRefused.badInput(problem);
				});
		LocalDateTime now = LocalDateTime.now(clock);
		String before;
		String after;
		String correctionPeriod = null;
		Map<String, BigDecimal> items = outcome == DisputeState.RESCORED ? request.items() : Map.of();
		Integer points = null;
		if (subject.isEvaluation()) {
			Map<String, BigDecimal> original = subjects.itemScores(subject.key());
			Map<String, BigDecimal> named = new LinkedHashMap<>();
			items.keySet().forEach(item -> named.put(item, original.get(item)));
			before = outcome == DisputeState.RESCORED ? "items " + ItemScores.format(named) : "items " + ItemScores.format(original);
			after = outcome + (outcome == DisputeState.RESCORED ? "; items " + ItemScores.format(items) : "");
		}
		else {
			points = switch (outcome) {
				case WAIVED -> 0;
				case REDUCED -> request.points();
				default -> subject.points();
			};
			before = "points " + subject.points();
			after = outcome + "; points " + points;
			if (!points.equals(subject.points())) {
				correctionPeriod = openPeriodFrom(subject.period());
			}
		}
		Resolution resolution = new Resolution(actor.username(), now, request.note().strip(),
				outcome == DisputeState.REDUCED ? points : null, items, correctionPeriod);
		if (!store.resolve(dispute.number(), outcome, resolution)) {
			throw DisputeRefused.conflict("申诉已处理 " + dispute.id() + " was resolved meanwhile: a resolution is final");
		}
		if (outcome == DisputeState.RESCORED && !isFinal(subject.period())) {
			store.rescore(dispute.number(), subject.key(), items);
		}
		store.action(dispute.number(), "RESOLVE", actor, now, before, after, resolution.note());
		Dispute resolved = store.find(dispute.number()).orElseThrow();
		notices.tell(subject.personId(), resolved, "申诉已处理 " + resolved.id() + " " + Labels.disputeState(outcome.name())
				+ " by " + actor.username() + ": " + resolution.note());
		return resolved;
	}

	@Transactional
	public Dispute withdraw(Actor actor, String id) {
		Dispute dispute = visible(actor, id);
		if (!actor.isPerson(dispute.subject().personId())) {
			throw DisputeRefused.forbidden("只有本人可以撤回 only the person who raised " + dispute.id() + " withdraws it");
		}
		refuseUnlessOpen(dispute);
		LocalDateTime now = LocalDateTime.now(clock);
		if (!store.resolve(dispute.number(), DisputeState.WITHDRAWN, new Resolution(actor.username(), now, null, null, null, null))) {
			throw DisputeRefused.conflict("申诉已处理 " + dispute.id() + " was resolved meanwhile: a resolution is final");
		}
		store.action(dispute.number(), "WITHDRAW", actor, now, "OPEN", "WITHDRAWN", null);
		Dispute withdrawn = store.find(dispute.number()).orElseThrow();
		teamLeads.teamLeadOf(dispute.subject().personId()).ifPresent(lead -> notices.tell(lead, withdrawn,
				"申诉已撤回 " + withdrawn.id() + " withdrawn by " + dispute.subject().personId()));
		notices.tell(dispute.subject().personId(), withdrawn, "申诉已撤回 " + withdrawn.id() + " withdrawn");
		return withdrawn;
	}

	/** The dispute, if the actor may see it; otherwise not found, as if it did not exist. */
	public Dispute visible(Actor actor, String id) {
		Dispute dispute = store.find(Dispute.numberOf(id)).orElseThrow(() -> DisputeRefused.notFound("dispute " + id));
		if (!DisputeRules.sees(actor, dispute.subject(), teamLeads.teamLeadOf(dispute.subject().personId()))) {
			throw DisputeRefused.notFound("dispute " + id);
		}
		return dispute;
	}

	/** The disputes the actor may see, in one state or all, by number. */
	public List<Dispute> visible(Actor actor, Optional<DisputeState> state) {
		Map<String, Optional<String>> leads = new HashMap<>();
		return store.all(state).stream()
			.filter(dispute -> DisputeRules.sees(actor, dispute.subject(),
					leads.computeIfAbsent(dispute.subject().personId(), teamLeads::teamLeadOf)))
			.toList();
	}

	/** Whether the actor may resolve this dispute now (for the page's form). */
	public boolean mayResolve(Actor actor, Dispute dispute) {
		return dispute.state() == DisputeState.OPEN && whyNotResolve(actor, dispute).isEmpty();
	}

	/** Why the actor may not resolve this dispute (who does), or empty when they may. */
	public Optional<String> whyNotResolve(Actor actor, Dispute dispute) {
		return DisputeRules.resolveProblem(actor, dispute.subject(), teamLeads.teamLeadOf(dispute.subject().personId()));
	}

	/** Whether the actor may withdraw this dispute now: the person charged, while it is OPEN. */
	public boolean mayWithdraw(Actor actor, Dispute dispute) {
		return dispute.state() == DisputeState.OPEN && actor.isPerson(dispute.subject().personId());
	}

	public List<TrailAction> trail(Actor actor, String id) {
		return store.trail(visible(actor, id).number());
	}

	public Evidence evidence(Actor actor, String id) {
		Dispute dispute = visible(actor, id);
		return store.evidence(dispute.number()).orElseThrow(() -> DisputeRefused.notFound("evidence of " + dispute.id()));
	}

	public static Optional<DisputeState> state(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(DisputeState.valueOf(name.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			throw DisputeRefused.badInput("未知状态 state must be one of " + List.of(DisputeState.values()) + ", got '" + name + "'");
		}
	}

	private Subject subjectOf(Actor actor, RaiseRequest request) {
		boolean entry = request.entryId() != null && !request.entryId().isBlank();
		boolean evaluation = request.evaluationId() != null && !request.evaluationId().isBlank();
		if (entry == evaluation) {
			throw DisputeRefused.badInput("缺少申诉对象 name exactly one of entryId (a ledger entry's id) or evaluationId");
		}
		Optional<Subject> found = entry ? subjects.entry(request.entryId().trim()) : subjects.evaluation(request.evaluationId().trim());
		Subject subject = found.orElseThrow(() -> DisputeRefused.notFound(entry ? "entry " + request.entryId()
				: "evaluation " + request.evaluationId()));
		if (!DisputeRules.sees(actor, subject, teamLeads.teamLeadOf(subject.personId()))) {
			throw DisputeRefused.notFound(entry ? "entry " + request.entryId() : "evaluation " + request.evaluationId());
		}
		return subject;
	}

	private void checkProposedItems(Subject subject, Map<String, BigDecimal> items) {
		if (items.isEmpty()) {
			return;
		}
		if (!subject.isEvaluation()) {
			throw DisputeRefused.badInput("项目分数只用于评估 items are proposed only in a dispute of an evaluation");
		}
		if (subjects.floorObservation(subject.key())) {
			throw DisputeRefused.badInput("现场观察没有分数 " + subject.describe() + " is a floor observation: it has no item scores");
		}
		Map<String, QaItem> form = schedule.qaForm().stream().collect(Collectors.toMap(QaItem::name, Function.identity()));
		DisputeRules.itemsProblem(items, form, "items").ifPresent(problem -> {
			throw DisputeRefused.badInput(problem);
		});
	}

	private static void refuseUnlessOpen(Dispute dispute) {
		if (dispute.state() != DisputeState.OPEN) {
			throw DisputeRefused.conflict("申诉已结束 " + dispute.id() + " is " + dispute.state()
					+ (dispute.resolution() == null ? "" : " since " + dispute.resolution().at().toLocalDate())
					+ ": a resolution is final");
		}
	}

	private static DisputeState outcome(String name) {
		try {
			return name == null ? null : DisputeState.valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw DisputeRefused.badInput("缺少结果 outcome must be UPHELD, WAIVED, REDUCED or RESCORED, got '" + name + "'");
		}
	}

	/** The period itself unless it is FINAL; then the first period after it that is not (where late data goes too). */
	private String openPeriodFrom(String name) {
		Period period = Period.of(name, schedule.cutoffDay());
		while (isFinal(period.name())) {
			period = period.next();
		}
		return period.name();
	}

	private boolean isFinal(String period) {
		return periods.find(period).map(PeriodStatus::isFinal).orElse(false);
	}

}
