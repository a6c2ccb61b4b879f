package com.conductledger.scoring.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A toilet break of breaks.csv (Art. 47(1)1): away on [outAt, backAt). */
public record BreakRecord(String agentId, LocalDate date, ShiftCode shift, LocalDateTime outAt, LocalDateTime backAt,
		boolean approved, Source source) {

	public Duration length() {
		return Duration.between(outAt, backAt);
	}

}
