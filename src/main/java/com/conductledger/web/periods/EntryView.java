package com.conductledger.web.periods;

import java.time.LocalDate;
import java.util.List;

import com.conductledger.scoring.rules.LedgerEntry;

/** A ledger entry as the person page and API show it: rule, article, date, shift, points, reasons and source row. */
public record EntryView(String ruleId, String article, LocalDate date, String shift, int points, List<String> reasons,
		String source, String sourceFile, String sourceSheet, int sourceRow) {

	static EntryView of(LedgerEntry entry) {
		return new EntryView(entry.ruleId(), entry.article(), entry.date(),
				entry.shift() == null ? null : entry.shift().name(), entry.points(), entry.reasons(),
				entry.source().toString(), entry.source().file(), entry.source().sheet(), entry.source().row());
	}

}
