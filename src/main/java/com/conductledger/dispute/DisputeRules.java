package com.conductledger.dispute;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import com.conductledger.schedule.QaItem;
import com.conductledger.security.LedgerRole;

/**
 * The rules of people.md on disputes as pure functions: who sees a dispute, who may raise, comment on,
 * resolve and withdraw it, and what a reason, a window and a resolution must be. Each answers with the
 * refusal's message, or nothing when the action may go ahead.
 */
final class DisputeRules {

	static final int REASON_MAX = 2000;

	private DisputeRules() {
	}

	/**
	 * AGENT: their own; TEAM_LEAD: their own and their team's; QA: QA disputes of everybody; MANAGER (and
	 * ADMIN): all. {@code teamLead} is the team lead of the subject's person.
	 */
	static boolean sees(Actor actor, Subject subject, Optional<String> teamLead) {
		return actor.manages() || actor.isPerson(subject.personId())
				|| actor.is(LedgerRole.TEAM_LEAD) && teamLead.isPresent() && actor.isPerson(teamLead.get())
				|| actor.is(LedgerRole.QA) && subject.qa();
	}

	static Optional<String> reasonProblem(String reason, String what) {
		if (reason == null || reason.isBlank()) {
			return Optional.of("缺少理由 " + what + " is required (1 to " + REASON_MAX + " characters)");
		}
		if (reason.length() > REASON_MAX) {
			return Optional.of("理由过长 " + what + " is " + reason.length() + " characters: at most " + REASON_MAX);
		}
		return Optional.empty();
	}

	static Optional<String> windowProblem(LocalDateTime firstSeen, LocalDateTime now, int windowDays) {
		LocalDateTime closes = firstSeen.plusDays(windowDays);
		if (now.isAfter(closes)) {
			return Optional.of("申诉期已过 the dispute window closed on " + closes.toLocalDate() + " (" + windowDays
					+ " days after it first appeared in a scoring, on " + firstSeen.toLocalDate() + ")");
		}
		return Optional.empty();
	}

	static Optional<String> limitProblem(int counted, int perPeriod, String period) {
		if (counted >= perPeriod) {
			return Optional.of("申诉次数已满 you already have " + counted + " open or resolved disputes in period " + period
					+ ": at most " + perPeriod);
		}
		return Optional.empty();
	}

	/**
	 * MANAGER any; QA the QA disputes, never of an evaluation they scored; TEAM_LEAD the attendance,
	 * leave, swap and break disputes of their team; nobody a dispute about their own charge.
	 */
	static Optional<String> resolveProblem(Actor actor, Subject subject, Optional<String> teamLead) {
		if (actor.isPerson(subject.personId())) {
			return Optional.of("不能处理自己的申诉 nobody resolves a dispute about a charge of their own");
		}
		if (actor.manages()) {
			return Optional.empty();
		}
		if (actor.is(LedgerRole.QA) && subject.qa()) {
			if (subject.evaluatorId() != null
					&& (actor.isPerson(subject.evaluatorId()) || actor.username().equalsIgnoreCase(subject.evaluatorId()))) {
				return Optional.of("不能处理自己评分的申诉 a QA inspector never resolves a dispute of an evaluation they scored ("
						+ subject.evaluatorId() + ")");
			}
			return Optional.empty();
		}
		if (actor.is(LedgerRole.TEAM_LEAD) && teamLead.isPresent() && actor.isPerson(teamLead.get())) {
			return subject.teamMatter() ? Optional.empty()
					: Optional.of("组长只处理考勤、调班、离岗申诉 a team lead resolves attendance, leave, swap and break disputes "
							+ "of the team; this one is for QA or a manager");
		}
		return Optional.of("无权处理 only a manager, QA (for QA disputes) or the team lead (for attendance, swaps and "
				+ "breaks) resolves this dispute");
	}

	/** What a resolution must say, for the subject and the evaluation form (item maxima). */
	static Optional<String> resolutionProblem(Subject subject, DisputeState outcome, String note, Integer points,
			Map<String, BigDecimal> items, Map<String, QaItem> form, boolean floorObservation) {
		if (outcome == null || !outcome.resolution()) {
			return Optional.of("缺少结果 outcome must be UPHELD, WAIVED, REDUCED or RESCORED");
		}
		Optional<String> noteProblem = reasonProblem(note, "note");
		if (noteProblem.isPresent()) {
			return noteProblem;
		}
		if (subject.isEvaluation()) {
			if (outcome == DisputeState.WAIVED || outcome == DisputeState.REDUCED) {
				return Optional.of("评估申诉只能维持或重评 an evaluation dispute is UPHELD or RESCORED (a conduct code's points "
						+ "are disputed on its QA entry)");
			}
			if (outcome == DisputeState.RESCORED) {
				if (floorObservation) {
					return Optional.of("现场观察没有分数 a floor observation has no item scores to rescore");
				}
				return itemsProblem(items, form, "items");
			}
			return Optional.empty();
		}
		if (outcome == DisputeState.RESCORED) {
			return Optional.of("RESCORED is for evaluations: an entry is UPHELD, WAIVED or REDUCED");
		}
		if (outcome == DisputeState.REDUCED) {
			if (points == null || points < 0 || points >= subject.points()) {
				return Optional.of("减分需给出新分数 REDUCED needs points from 0 to " + (subject.points() - 1)
						+ " (the entry has " + subject.points() + "), got " + points);
			}
		}
		return Optional.empty();
	}

	/** Each named item must be on the form and scored from 0 to its maximum. */
	static Optional<String> itemsProblem(Map<String, BigDecimal> items, Map<String, QaItem> form, String what) {
		if (items == null || items.isEmpty()) {
			return Optional.of("缺少项目分数 " + what + " must name at least one item of the form " + form.keySet());
		}
		for (Map.Entry<String, BigDecimal> item : items.entrySet()) {
			QaItem known = form.get(item.getKey());
			if (known == null) {
				return Optional.of("未知项目 " + what + ": '" + item.getKey() + "' is not an item of the form " + form.keySet());
			}
			if (item.getValue() == null || item.getValue().signum() < 0 || item.getValue().compareTo(known.maximum()) > 0) {
				return Optional.of("分数超出范围 " + what + ": " + item.getKey() + " must be from 0 to " + known.maximum()
						+ ", got " + item.getValue());
			}
		}
		return Optional.empty();
	}

}
