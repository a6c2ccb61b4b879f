package com.conductledger.scoring.rules;

import java.util.Comparator;
import java.util.List;

/** A period's ledger entries, in the order of formats.md (person, date, shift, rule), and its data warnings. */
public record ScoringResult(List<LedgerEntry> entries, List<DataWarning> warnings) {

	public static final Comparator<LedgerEntry> LEDGER_ORDER = Comparator.comparing(LedgerEntry::personId)
		.thenComparing(LedgerEntry::date, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(LedgerEntry::shift, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(LedgerEntry::ruleId)
		.thenComparing(entry -> entry.source().toString());

	public ScoringResult {
		entries = entries.stream().sorted(LEDGER_ORDER).toList();
		warnings = List.copyOf(warnings);
	}

}
