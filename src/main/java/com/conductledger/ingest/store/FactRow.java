package com.conductledger.ingest.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** One row to insert into a fact table, by column name (values may be null). */
public record FactRow(FactTable table, Map<String, Object> values) {

	public FactRow {
		values = Collections.unmodifiableMap(new HashMap<>(values));
	}

}
