package com.conductledger.sampledata;

import java.time.LocalDate;

/**
 * The base roster as a pure function of the date: each person works five days and rests two,
 * on a weekly cycle that starts after the rest days, and moves forward DAY, EVENING, NIGHT at
 * every new cycle, so a change of shift always follows two rest days.
 */
final class Rotation {

	private static final int REST_DAYS = 2;

	private Rotation() {
	}

	/** The shift, or null on a rest day. */
	static Shift shiftOf(int team, int restOffset, LocalDate date) {
		long fromMonday = date.toEpochDay() + 3 - restOffset;
		if (Math.floorMod(fromMonday, 7L) < REST_DAYS) {
			return null;
		}
		return Shift.inRotation(team + Math.floorDiv(fromMonday, 7L));
	}

	/** Supervisors and operations managers work DAY on weekdays. */
	static Shift officeShiftOf(Centre centre, int day) {
		return centre.isWeekday(day) ? Shift.DAY : null;
	}

}
