package com.conductledger.web.people;

import java.util.List;

import com.conductledger.people.EvaluationView;
import com.conductledger.web.PeriodFolder;
import com.conductledger.web.periods.PeriodHeading;
import com.conductledger.web.periods.PersonPage;
import com.conductledger.web.periods.ScorecardView;

/**
 * The home of an agent or a team lead. {@code period} is the latest scored period (the current one
 * while it is open: "so far"), null before any scoring; {@code mine} is the user's own page of it
 * (null when they have no scorecard in it, {@code missing} saying why); {@code evaluations} their
 * own evaluations, newest first. A team lead also gets their team's scorecards of the period, the
 * team's evaluations not yet acknowledged (longest waiting first) and the team packs they may download.
 */
public record PeopleHome(String personId, String personName, boolean teamLead, PeriodHeading period,
		PersonPage mine, String missing, List<EvaluationView> evaluations, List<ScorecardView> team,
		List<Waiting> unacknowledged, List<PeriodFolder.Download> teamPacks, List<String> periods) {

	public long unacknowledgedOwn() {
		return evaluations.stream().filter(evaluation -> !evaluation.acknowledged()).count();
	}

}
