package com.conductledger.reporting;

import java.util.List;

import com.conductledger.history.PeriodHistory;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.ScheduleVersion;
import com.conductledger.schedule.VersionName;
import com.conductledger.scorecard.Scorecard;

/**
 * Everything the month's reports show: the period, the schedule in force, every scorecard (ranked
 * agents by rank first, then the others by person id) and the ledger, streamed. {@code finalized}
 * is true once the period is closed (FINAL); {@code history} holds the months before it; {@code version}
 * names the schedule version the period was scored with.
 */
public record MonthReport(Period period, PenaltySchedule schedule, List<Scorecard> scorecards, LedgerSource ledger,
		boolean finalized, PeriodHistory history, VersionName version) {

	public MonthReport {
		scorecards = List.copyOf(scorecards);
	}

	/** A report of the configured schedule, unnamed as a version. */
	public MonthReport(Period period, PenaltySchedule schedule, List<Scorecard> scorecards, LedgerSource ledger,
			boolean finalized, PeriodHistory history) {
		this(period, schedule, scorecards, ledger, finalized, history, ScheduleVersion.configured(schedule).name());
	}

	/** A report that knows no period before its own. */
	public MonthReport(Period period, PenaltySchedule schedule, List<Scorecard> scorecards, LedgerSource ledger,
			boolean finalized) {
		this(period, schedule, scorecards, ledger, finalized, PeriodHistory.alone(period.name(), scorecards));
	}

}
