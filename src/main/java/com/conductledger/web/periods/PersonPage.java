package com.conductledger.web.periods;

import java.util.List;

/** One person's month: the scorecard and every ledger entry behind it. */
public record PersonPage(PeriodRow period, ScorecardView scorecard, List<EntryView> entries) {
}
