package com.conductledger.web.people;

import java.util.List;

import com.conductledger.dispute.Notice;
import com.conductledger.people.EvaluationView;
import com.conductledger.web.PeriodFolder;
import com.conductledger.web.disputes.DisputeView;
import com.conductledger.web.periods.PeriodHeading;
import com.conductledger.web.periods.PersonPage;
import com.conductledger.web.periods.ScorecardView;

/**
 * The home of an agent or a team lead. {@code period} is the latest scored period (the current one
 * while it is open: "so far"), null before any scoring; {@code mine} is the user's own page of it
 * (null when they have no scorecard in it, {@code missing} saying why); {@code evaluations} their
 * own evaluations, newest first. A team lead also gets their team's scorecards of the period, the
 * team's evaluations not yet acknowledged (longest waiting first) and the team packs they may download.
 * {@code disputes} are the user's own (newest first), {@code waitingDisputes} the OPEN ones the team
 * lead may resolve (their team's attendance, leave, swap and break disputes; oldest first), {@code notices} the user's notices, unread first.
 */
public record PeopleHome(String personId, String personName, boolean teamLead, PeriodHeading period,
		PersonPage mine, String missing, List<EvaluationView> evaluations, List<ScorecardView> team,
		List<Waiting> unacknowledged, List<PeriodFolder.Download> teamPacks, List<String> periods,
		List<DisputeView> disputes, List<DisputeView> waitingDisputes, List<Notice> notices) {

	/** A team member's name as the team's scorecards give it (empty when not among them). */
	public String nameOf(String id) {
		return team.stream().filter(card -> card.personId().equals(id)).map(ScorecardView::name).findFirst().orElse("");
	}

	public long unreadNotices() {
		return notices.stream().filter(notice -> !notice.read()).count();
	}

	public long unacknowledgedOwn() {
		return evaluations.stream().filter(evaluation -> !evaluation.acknowledged()).count();
	}

}
