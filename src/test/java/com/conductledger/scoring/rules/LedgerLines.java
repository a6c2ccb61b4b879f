package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;

/** Expected ledger lines, written out in full as a reader of the ledger would see them. */
final class LedgerLines {

	private LedgerLines() {
	}

	static LedgerEntry line(String person, String rule, String article, LocalDate date, ShiftCode shift, int points,
			Source source, String... reasons) {
		return new LedgerEntry(person, rule, article, date, shift, points, List.of(reasons), source);
	}

	static LocalDate oct(int day) {
		return LocalDate.of(2026, 10, day);
	}

	static LocalDate nov(int day) {
		return LocalDate.of(2026, 11, day);
	}

}
