package com.conductledger.dispute;

import java.math.BigDecimal;
import java.util.Map;

/** A resolution as the resolver gives it: the outcome, the note (required), for REDUCED the points, for RESCORED the item scores. */
public record ResolveRequest(String outcome, String note, Integer points, Map<String, BigDecimal> items) {

	public ResolveRequest {
		items = items == null ? Map.of() : Map.copyOf(items);
	}

}
