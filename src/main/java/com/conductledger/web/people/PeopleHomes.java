package com.conductledger.web.people;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.conductledger.dispute.Actor;
import com.conductledger.dispute.Dispute;
import com.conductledger.dispute.DisputeService;
import com.conductledger.dispute.Notices;
import com.conductledger.people.Acknowledgements;
import com.conductledger.people.EvaluationView;
import com.conductledger.people.PeopleDirectory;
import com.conductledger.people.PersonRecord;
import com.conductledger.people.PersonScope;
import com.conductledger.people.ScopeService;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.security.LedgerRole;
import com.conductledger.web.PeriodFolder;
import com.conductledger.web.WebProblem;
import com.conductledger.web.disputes.Actors;
import com.conductledger.web.disputes.DisputeView;
import com.conductledger.web.periods.PeriodHeading;
import com.conductledger.web.periods.PersonPage;
import com.conductledger.web.periods.PersonScorecards;
import com.conductledger.web.periods.ScorecardView;
import com.conductledger.web.periods.TeamPacks;

/** Builds the home of an agent or a team lead from their scope (nothing for the centre's other roles). */
@Component
public class PeopleHomes {

	private final ScopeService scopes;

	private final PeopleDirectory people;

	private final PeriodRegistry registry;

	private final PersonScorecards scorecards;

	private final Acknowledgements acknowledgements;

	private final TeamPacks packs;

	private final DisputeService disputes;

	private final Notices notices;

	private final Actors actors;

	PeopleHomes(ScopeService scopes, PeopleDirectory people, PeriodRegistry registry, PersonScorecards scorecards,
			Acknowledgements acknowledgements, TeamPacks packs, DisputeService disputes, Notices notices, Actors actors) {
		this.scopes = scopes;
		this.people = people;
		this.registry = registry;
		this.scorecards = scorecards;
		this.acknowledgements = acknowledgements;
		this.packs = packs;
		this.disputes = disputes;
		this.notices = notices;
		this.actors = actors;
	}

	/** The user's home, or empty for a user who is neither an agent nor a team lead (or is linked to no person). */
	public Optional<PeopleHome> of(Authentication user) {
		Set<LedgerRole> roles = ScopeService.roles(user);
		if (!roles.contains(LedgerRole.AGENT) && !roles.contains(LedgerRole.TEAM_LEAD)) {
			return Optional.empty();
		}
		Optional<String> linked = scopes.personOf(user);
		if (linked.isEmpty()) {
			return Optional.empty();
		}
		String me = linked.get();
		boolean lead = roles.contains(LedgerRole.TEAM_LEAD);
		String name = people.find(Set.of(me)).stream().map(PersonRecord::name).findFirst().orElse(me);
		List<PeriodStatus> scored = registry.all();
		PeriodStatus latest = scored.isEmpty() ? null : scored.get(0);
		PersonPage mine = null;
		String missing = null;
		if (latest == null) {
			missing = "尚无已评分的周期 no period has been scored yet";
		}
		else {
			try {
				mine = scorecards.person(latest.period(), me);
			}
			catch (WebProblem notThere) {
				missing = "本期尚无您的成绩 you have no scorecard in " + latest.period() + " yet";
			}
		}
		List<EvaluationView> own = acknowledgements.of(Set.of(me), false);
		List<ScorecardView> team = List.of();
		List<Waiting> waiting = List.of();
		List<PeriodFolder.Download> teamPacks = List.of();
		if (lead) {
			PersonScope scope = scopes.scopeOf(user);
			Set<String> members = scope.isEveryone() ? new LinkedHashSet<>(people.teamOf(me))
					: new LinkedHashSet<>(scope.limitedTo());
			members.remove(me);
			if (latest != null) {
				team = scorecards.cards(latest.period(), members);
				teamPacks = packs.available(user, latest.period());
			}
			LocalDateTime now = acknowledgements.now();
			waiting = acknowledgements.of(members, true)
				.stream()
				.map(evaluation -> Waiting.of(evaluation, now))
				.sorted(Comparator.comparing(Waiting::days).reversed()
					.thenComparing(waits -> waits.evaluation().arrivedAt()))
				.toList();
		}
		Actor actor = actors.of(user);
		List<Dispute> seen = disputes.visible(actor, Optional.empty());
		List<DisputeView> mineDisputed = seen.stream()
			.filter(dispute -> me.equals(dispute.subject().personId()))
			.sorted(Comparator.comparing(Dispute::number).reversed())
			.map(dispute -> DisputeView.of(dispute, null))
			.toList();
		List<DisputeView> toResolve = !lead ? List.of() : seen.stream()
			.filter(dispute -> disputes.mayResolve(actor, dispute))
			.sorted(Comparator.comparing(Dispute::number))
			.map(dispute -> DisputeView.of(dispute, null))
			.toList();
		return Optional.of(new PeopleHome(me, name, lead, latest == null ? null : PeriodHeading.of(latest), mine,
				missing, own, team, waiting, teamPacks, scored.stream().map(PeriodStatus::period).toList(),
				mineDisputed, toResolve, notices.of(me, false)));
	}

}
