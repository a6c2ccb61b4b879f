package com.conductledger.scoring.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Late data for a closed period never changes what payroll took from it: the difference between
 * the closed period scored again now and what was already charged for it (its final ledger plus
 * the adjustments already made in later closed periods) becomes adjustment entries in the next
 * open period, each with its original period, rule, date, shift and source row. A withdrawn entry
 * is a negative adjustment, a new one a positive adjustment.
 */
public final class Adjustments {

	private Adjustments() {
	}

	public static List<Adjustment> of(String originalPeriod, List<LedgerEntry> rescored, List<LedgerEntry> finalLedger,
			List<LedgerEntry> alreadyAdjusted) {
		Map<Key, Integer> due = new TreeMap<>();
		Map<Key, LedgerEntry> example = new TreeMap<>();
		for (LedgerEntry entry : rescored) {
			due.merge(Key.of(entry), entry.points(), Integer::sum);
			example.putIfAbsent(Key.of(entry), entry);
		}
		for (LedgerEntry entry : finalLedger) {
			due.merge(Key.of(entry), -entry.points(), Integer::sum);
			example.putIfAbsent(Key.of(entry), entry);
		}
		for (LedgerEntry entry : alreadyAdjusted) {
			due.merge(Key.of(entry), -entry.points(), Integer::sum);
		}
		List<Adjustment> adjustments = new ArrayList<>();
		due.forEach((key, points) -> {
			if (points != 0) {
				LedgerEntry original = example.get(key);
				List<String> reasons = new ArrayList<>();
				reasons.add((points > 0 ? ReasonCode.ADJUSTMENT_ADDED : ReasonCode.ADJUSTMENT_WITHDRAWN).format(originalPeriod));
				reasons.addAll(original.reasons());
				adjustments.add(new Adjustment(originalPeriod, new LedgerEntry(original.personId(), original.ruleId(),
						original.article(), original.date(), original.shift(), points, reasons, original.source())));
			}
		});
		return adjustments;
	}

	/** What identifies a charge: whom, which rule, when, and the row that caused it. */
	private record Key(String person, String rule, String date, String shift, String source) implements Comparable<Key> {

		static Key of(LedgerEntry entry) {
			return new Key(entry.personId(), entry.ruleId(), String.valueOf(entry.date()), String.valueOf(entry.shift()),
					entry.source().toString());
		}

		@Override
		public int compareTo(Key other) {
			return toString().compareTo(other.toString());
		}

	}

}
