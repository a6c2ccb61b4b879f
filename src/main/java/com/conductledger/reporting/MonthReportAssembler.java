package com.conductledger.reporting;

import java.util.List;

import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.schedule.ScheduleVersion;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.versions.ScheduleVersions;

/**
 * Gathers everything a period's reports show: the schedule version in force, its scorecards ({@link MonthScorecards}), its ledger
 * (streamed) and the months before it ({@link PeriodHistories}).
 */
@Component
public class MonthReportAssembler {

	private final MonthScorecards scorecards;

	private final PeriodHistories histories;

	private final LedgerStore ledger;

	private final ScheduleVersions versions;

	MonthReportAssembler(MonthScorecards scorecards, PeriodHistories histories, LedgerStore ledger,
			ScheduleVersions versions) {
		this.scorecards = scorecards;
		this.histories = histories;
		this.ledger = ledger;
		this.versions = versions;
	}

	/** The period's report, with the months before it that the database knows (up to six). */
	public MonthReport assemble(Period period, boolean finalized) {
		List<Scorecard> cards = scorecards.of(period);
		ScheduleVersion version = versions.inForce(period);
		return new MonthReport(period, version.schedule(), cards,
				action -> ledger.forEachEntry(period.name(), stored -> action.accept(stored.entry())), finalized,
				histories.of(period, cards), version.name());
	}

}
