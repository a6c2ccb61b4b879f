package com.conductledger.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.conductledger.ingest.store.FactRow;

/** What validation made of a raw row: facts to store, or the problems that reject it. */
public sealed interface ParsedRow {

	RawRow source();

	/**
	 * A valid row: its identifying key (the same key in a later file replaces it), the key's
	 * column values, and the rows to write, the main table's first.
	 */
	record Accepted(RawRow source, String factKey, Map<String, Object> keyValues, List<FactRow> rows)
			implements ParsedRow {
	}

	/** A rejected row, with its own date when that could be read (it places the row in a period). */
	record Rejected(RawRow source, List<Problem> problems, LocalDate rowDate) implements ParsedRow {

		public Rejected(RawRow source, List<Problem> problems) {
			this(source, problems, null);
		}

		/** Whether every problem is a person not yet in agents.csv: the row is taken once they are. */
		public boolean waitsForPeople() {
			return !problems.isEmpty() && problems.stream().allMatch(Problem::isUnknownPerson);
		}

	}

}
