package com.conductledger.web.periods;

import java.time.LocalDate;
import java.util.List;

import com.conductledger.explain.Explanations;
import com.conductledger.explain.Labels;
import com.conductledger.explain.Sentence;
import com.conductledger.scoring.rules.LedgerEntry;

/**
 * A ledger entry as the person page and API show it: rule and its name, article, date, shift,
 * points, the reasons as stored, their plain explanation in Chinese and English (the same sentences
 * as the PDF and the workbook), and the source row.
 */
public record EntryView(String ruleId, String ruleName, String article, LocalDate date, String shift, int points,
		List<String> reasons, List<Sentence> explanation, String source, String sourceFile, String sourceSheet,
		int sourceRow) {

	static EntryView of(LedgerEntry entry) {
		return new EntryView(entry.ruleId(), Labels.rule(entry.ruleId()).toString(), Explanations.article(entry), entry.date(),
				entry.shift() == null ? null : entry.shift().name(), entry.points(), entry.reasons(),
				Explanations.of(entry).sentences(), entry.source().toString(), entry.source().file(),
				entry.source().sheet(), entry.source().row());
	}

}
