package com.conductledger.reporting;

import java.util.List;

import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scorecard.Scorecard;

/**
 * Everything the month's reports show: the period, the schedule in force, every scorecard (ranked
 * agents by rank first, then the others by person id) and the ledger, streamed. {@code finalized}
 * is true once the period is closed (FINAL).
 */
public record MonthReport(Period period, PenaltySchedule schedule, List<Scorecard> scorecards, LedgerSource ledger,
		boolean finalized) {

	public MonthReport {
		scorecards = List.copyOf(scorecards);
	}

}
