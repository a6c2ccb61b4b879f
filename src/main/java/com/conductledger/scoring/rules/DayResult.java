package com.conductledger.scoring.rules;

import java.util.List;
import java.util.Set;

/** What scoring one day gave: its ledger entries, its data warnings, and the leaves found valid for a shift. */
public record DayResult(List<LedgerEntry> entries, List<DataWarning> warnings, Set<String> validLeaveIds) {

	public DayResult {
		entries = List.copyOf(entries);
		warnings = List.copyOf(warnings);
		validLeaveIds = Set.copyOf(validLeaveIds);
	}

}
