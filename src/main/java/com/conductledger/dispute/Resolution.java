package com.conductledger.dispute;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * How a dispute ended: by whom, when, the note, and for REDUCED the points the entry now counts, for
 * RESCORED the new item scores; the period whose ledger carries the correction (null when none is due).
 */
public record Resolution(String by, LocalDateTime at, String note, Integer points, Map<String, BigDecimal> items,
		String correctionPeriod) {

	public Resolution {
		items = items == null ? Map.of() : Map.copyOf(items);
	}

}
