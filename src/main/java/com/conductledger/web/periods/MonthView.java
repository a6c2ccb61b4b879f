package com.conductledger.web.periods;

import java.util.List;

/**
 * A period's page: its state and files, the teams in it, one page of its scorecards, the files that
 * arrived since it was scored (they count at the next night, or at once with Rescore now), its
 * latest rescore or close, why it cannot be closed now (null when it can), and its charts (null
 * before its first scoring).
 */
public record MonthView(PeriodRow period, List<String> teams, ScorecardPage scorecards, int filesSinceScoring,
		PeriodTask.TaskView task, String closeRefusal, PeriodCharts charts) {
}
