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

	/**
	 * The codes of an entry's reasons ({@link ReasonCode}): what the tests of which checks fail
	 * compare, the facts in each reason being the business of the tests of its text.
	 */
	static List<String> reasonCodes(LedgerEntry entry) {
		return entry.reasons()
			.stream()
			.map(reason -> ReasonCode.read(entry.ruleId(), reason).map(read -> read.code().name()).orElse(reason))
			.toList();
	}

	static LocalDate oct(int day) {
		return LocalDate.of(2026, 10, day);
	}

	static LocalDate nov(int day) {
		return LocalDate.of(2026, 11, day);
	}

}
