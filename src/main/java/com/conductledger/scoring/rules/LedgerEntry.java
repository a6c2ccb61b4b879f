package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the ledger (rules.md 8): who, which rule of which article, on which date and shift
 * (where one applies), how many points, why, and the input row that caused it.
 */
public record LedgerEntry(String personId, String ruleId, String article, LocalDate date, ShiftCode shift,
		int points, List<String> reasons, Source source) {

	public LedgerEntry {
		reasons = List.copyOf(reasons);
	}

}
