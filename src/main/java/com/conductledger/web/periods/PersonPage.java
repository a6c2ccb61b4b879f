package com.conductledger.web.periods;

import java.util.List;

/**
 * One person's month: the scorecard and every ledger entry behind it. The period's files are not
 * repeated here: they are listed once, with the period.
 */
public record PersonPage(PeriodHeading period, ScorecardView scorecard, List<EntryView> entries) {
}
