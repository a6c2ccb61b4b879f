package com.conductledger.dispute;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A dispute as the person raises it: against an entry (its stable id) or an evaluation (its id, then
 * optionally the item scores they propose), the reason, and an optional evidence file.
 */
public record RaiseRequest(String entryId, String evaluationId, String reason, Map<String, BigDecimal> items,
		String evidenceName, byte[] evidence) {

	public RaiseRequest {
		items = items == null ? Map.of() : Map.copyOf(items);
	}

}
