package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.List;

import com.conductledger.scoring.rules.DataWarning;
import com.conductledger.scoring.rules.LedgerEntry;

/**
 * One day of a period, scored, or taken unchanged from an earlier run ({@code takenFrom}, its
 * entries and warnings then copied in the database), with the fingerprint of what its scoring read.
 */
record ScoredDay(LocalDate date, String fingerprint, List<LedgerEntry> entries, List<DataWarning> warnings,
		Long takenFrom) {

	static ScoredDay scored(LocalDate date, String fingerprint, List<LedgerEntry> entries, List<DataWarning> warnings) {
		return new ScoredDay(date, fingerprint, entries, warnings, null);
	}

	static ScoredDay taken(LocalDate date, String fingerprint, long runId) {
		return new ScoredDay(date, fingerprint, List.of(), List.of(), runId);
	}

	boolean isTaken() {
		return takenFrom != null;
	}

}
