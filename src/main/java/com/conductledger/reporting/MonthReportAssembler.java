package com.conductledger.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.conductledger.dispute.Dispute;
import com.conductledger.dispute.DisputeMarks;
import com.conductledger.period.Period;
import com.conductledger.schedule.ScheduleVersion;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scoring.rules.LedgerEntry;
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

	private final DisputeMarks disputes;

	MonthReportAssembler(MonthScorecards scorecards, PeriodHistories histories, LedgerStore ledger,
			ScheduleVersions versions, DisputeMarks disputes) {
		this.disputes = disputes;
		this.scorecards = scorecards;
		this.histories = histories;
		this.ledger = ledger;
		this.versions = versions;
	}

	/** The period's report, with the months before it that the database knows (up to six). */
	public MonthReport assemble(Period period, boolean finalized) {
		List<Scorecard> cards = scorecards.of(period);
		ScheduleVersion version = versions.inForce(period);
		Map<String, Dispute> disputed = disputes.standingOfEntries(period.name());
		return new MonthReport(period, version.schedule(), cards,
				action -> ledger.forEachEntry(period.name(), stored -> action.accept(withDispute(stored, disputed))), finalized,
				histories.of(period, cards), version.name());
	}

	/** The entry, with its dispute's state as a last reason when it is disputed (the PDF and the workbook show it). */
	public static LedgerEntry withDispute(LedgerStore.StoredEntry stored, Map<String, Dispute> disputed) {
		Dispute dispute = disputed.get(stored.id());
		if (dispute == null) {
			return stored.entry();
		}
		LedgerEntry entry = stored.entry();
		List<String> reasons = new ArrayList<>(entry.reasons());
		reasons.add(DisputeMarks.reasonLine(dispute));
		return new LedgerEntry(entry.personId(), entry.ruleId(), entry.article(), entry.date(), entry.shift(), entry.points(),
				reasons, entry.source());
	}

}
