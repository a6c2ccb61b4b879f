package com.conductledger.web.periods;

import java.util.List;

/**
 * One person's month: the scorecard and every ledger entry behind it, and their months (this one
 * and up to six before it, with a chart when there are earlier ones). The period's files are not
 * repeated here: they are listed once, with the period.
 */
public record PersonPage(PeriodHeading period, ScorecardView scorecard, List<EntryView> entries,
		List<PersonMonthView> months, String trend) {
}
