package com.conductledger.whatif;

import java.util.List;

import org.springframework.stereotype.Service;

import com.conductledger.period.Period;
import com.conductledger.schedule.ScheduleException;
import com.conductledger.schedule.ScheduleProposal;
import com.conductledger.schedule.ScheduleVersion;
import com.conductledger.scoring.job.FactsRepository;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.PeriodFacts;
import com.conductledger.versions.ScheduleVersions;

/**
 * Runs a what-if (schedules.md): validates the proposed schedule as at start-up, reads the period's
 * facts once in a few set-wise reads, and scores them in memory under the version in force and under
 * the proposal. Writes nothing to the database.
 */
@Service
public class WhatIf {

	private final ScheduleVersions versions;

	private final FactsRepository facts;

	private final LedgerStore ledger;

	WhatIf(ScheduleVersions versions, FactsRepository facts, LedgerStore ledger) {
		this.versions = versions;
		this.facts = facts;
		this.ledger = ledger;
	}

	/** The comparison; a proposal that does not validate is a {@link ScheduleException} naming the key. */
	public WhatIfResult run(Period period, byte[] yaml, String origin) {
		long started = System.nanoTime();
		ScheduleProposal proposal = versions.validate(yaml, origin);
		ScheduleVersion inForce = versions.inForce(period);
		PeriodFacts month = facts.periodFacts(period);
		List<LedgerEntry> adjustments = ledger.carriedAdjustments(period.name());
		long read = System.nanoTime();
		WhatIfResult result = WhatIfComparison.compare(month, adjustments, inForce.name(), inForce.schedule(),
				proposal.sha256(), proposal.schedule());
		long done = System.nanoTime();
		return result.withMillis((done - started) / 1_000_000, (read - started) / 1_000_000);
	}

}
