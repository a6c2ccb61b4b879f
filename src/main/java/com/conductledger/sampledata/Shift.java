package com.conductledger.sampledata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The centre's three shifts, in the order the rotation runs through them. */
enum Shift {

	DAY(LocalTime.of(8, 0), LocalTime.of(16, 0)),
	EVENING(LocalTime.of(14, 0), LocalTime.of(22, 0)),
	NIGHT(LocalTime.of(22, 0), LocalTime.of(6, 0));

	final LocalTime start;

	final LocalTime end;

	Shift(LocalTime start, LocalTime end) {
		this.start = start;
		this.end = end;
	}

	static Shift inRotation(long step) {
		return values()[(int) Math.floorMod(step, 3L)];
	}

	LocalDateTime startOn(LocalDate date) {
		return date.atTime(start);
	}

	/** An end at or before the start is on the next day. */
	LocalDateTime endOn(LocalDate date) {
		return end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
	}

}
