package com.conductledger.scoring.job;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import com.conductledger.export.CsvWriter;
import com.conductledger.scoring.rules.LedgerEntry;

/**
 * Writes a period's ledger as {@code ledger-YYYY-MM.csv} (formats.md: period, person_id, rule_id,
 * article, date, shift, points, reasons, source; sorted by person_id, date, shift, rule_id; then
 * original_period, set on an adjustment of a closed period) and its
 * data warnings as {@code data-warnings-YYYY-MM.csv} (code, message, source).
 */
@Component
public class LedgerCsv {

	private final LedgerStore ledger;

	LedgerCsv(LedgerStore ledger) {
		this.ledger = ledger;
	}

	/** Writes the ledger and returns the number of entries and points written. */
	public Totals writeLedger(Path file, String period) {
		int[] totals = new int[2];
		try (CsvWriter csv = CsvWriter.whole(file)) {
			csv.row("period", "person_id", "rule_id", "article", "date", "shift", "points", "reasons", "source",
					"original_period");
			ledger.forEachEntry(period, stored -> {
				LedgerEntry entry = stored.entry();
				csv.text(stored.period())
					.text(entry.personId())
					.text(entry.ruleId())
					.text(entry.article())
					.text(entry.date() == null ? "" : entry.date().toString())
					.text(entry.shift() == null ? "" : entry.shift().name())
					.number(entry.points())
					.text(String.join(LedgerStore.REASON_SEPARATOR, entry.reasons()))
					.text(entry.source().toString())
					.text(stored.originalPeriod() == null ? "" : stored.originalPeriod())
					.endRow();
				totals[0]++;
				totals[1] += entry.points();
			});
			csv.complete();
		}
		return new Totals(totals[0], totals[1]);
	}

	/** Writes the data warnings and returns how many. */
	public int writeWarnings(Path file, String period) {
		int[] count = new int[1];
		try (CsvWriter csv = CsvWriter.whole(file)) {
			csv.row("code", "message", "source");
			ledger.forEachWarning(period, warning -> {
				csv.row(warning.code(), warning.message(), warning.source().toString());
				count[0]++;
			});
			csv.complete();
		}
		return count[0];
	}

	public record Totals(int entries, int points) {
	}

}
