package com.conductledger.ingest;

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

	record Rejected(RawRow source, List<Problem> problems) implements ParsedRow {
	}

}
