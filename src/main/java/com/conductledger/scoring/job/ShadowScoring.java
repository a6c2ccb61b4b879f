package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.versions.ScheduleVersions;

/**
 * Scores a closed period again, in memory and without touching its ledger, by the very steps of
 * the scoring job and under the schedule version it was closed with: to find what late data would change, which becomes adjustments elsewhere.
 */
@Component
class ShadowScoring {

	private final ScheduleVersions versions;

	private final FactsRepository facts;

	ShadowScoring(ScheduleVersions versions, FactsRepository facts) {
		this.versions = versions;
		this.facts = facts;
	}

	List<LedgerEntry> entries(Period period) {
		ScoringContext context = new ScoringContext(period, versions.inForce(period).schedule(), facts);
		DayScoringProcessor days = DayScoringProcessor.inFull(context, facts);
		List<LedgerEntry> entries = new ArrayList<>();
		for (LocalDate day = period.firstDate(); !day.isAfter(period.lastDate()); day = day.plusDays(1)) {
			entries.addAll(days.process(day).entries());
		}
		entries.addAll(PeriodWideRules.entries(context));
		return entries;
	}

}
