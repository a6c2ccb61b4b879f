package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A planned shift of roster.csv; it belongs to the date it starts on, and an end at or before the start is the next day. */
public record RosterShift(String agentId, LocalDate date, ShiftCode shift, LocalTime start, LocalTime end,
		Source source) {

	public LocalDateTime startsAt() {
		return date.atTime(start);
	}

	public LocalDateTime endsAt() {
		return end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
	}

}
