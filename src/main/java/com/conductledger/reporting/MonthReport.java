package com.conductledger.reporting;

import java.util.List;

import com.conductledger.history.PeriodHistory;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scorecard.Scorecard;

/**
 * Everything the month's reports show: the period, the schedule in force, every scorecard (ranked
 * agents by rank first, then the others by person id) and the ledger, streamed. {@code finalized}
 * is true once the period is closed (FINAL); {@code history} holds the months before it.
 */
public record MonthReport(Period period, PenaltySchedule schedule, List<Scorecard> scorecards, LedgerSource ledger,
		boolean finalized, PeriodHistory history) {

	public MonthReport {
		scorecards = List.copyOf(scorecards);
	}

	/** A report that knows no period before its own. */
	public MonthReport(Period period, PenaltySchedule schedule, List<Scorecard> scorecards, LedgerSource ledger,
			boolean finalized) {
		this(period, schedule, scorecards, ledger, finalized, PeriodHistory.alone(period.name(), scorecards));
	}

}
