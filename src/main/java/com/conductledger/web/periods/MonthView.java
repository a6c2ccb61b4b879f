package com.conductledger.web.periods;

import java.util.List;

/** A period's scorecards (ranked first), the teams in it, and its files. */
public record MonthView(PeriodRow period, List<String> teams, List<ScorecardView> scorecards) {
}
