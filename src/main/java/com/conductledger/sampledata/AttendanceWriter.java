package com.conductledger.sampledata;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

import com.conductledger.sampledata.TeamPlan.Outcome;

/**
 * Writes sign-ins as people really make them: mostly 11-25 minutes early, some within the
 * handover 10 minutes, a few late; sign-outs at or just after the end, a few early or missing.
 */
final class AttendanceWriter {

	static final String[] HEADER = { "agent_id", "date", "shift", "sign_in", "sign_out" };

	/** The times written for one shift; out is null when the sign-out is missing. */
	record Signed(LocalDateTime in, LocalDateTime out) {
	}

	private final Centre centre;

	private final CsvWriter out;

	AttendanceWriter(Centre centre, CsvWriter out) {
		this.centre = centre;
		this.out = out;
	}

	/** Writes the shift's sign-in; a null outcome draws the ordinary random behaviour. */
	Signed write(String agentId, int day, Shift shift, Outcome outcome, SplittableRandom random) {
		LocalDateTime start = shift.startOn(centre.date(day));
		LocalDateTime end = shift.endOn(centre.date(day));
		LocalDateTime signIn = signIn(start, outcome, random);
		LocalDateTime signOut = outcome == null ? signOut(end, random) : end.plusMinutes(random.nextInt(9));
		out.row(agentId, centre.date(day).toString(), shift.name(), Centre.timestamp(signIn), Centre.timestamp(signOut));
		return new Signed(signIn, signOut);
	}

	private static LocalDateTime signIn(LocalDateTime start, Outcome outcome, SplittableRandom random) {
		if (outcome == Outcome.TEN_MINUTES_EARLY) {
			return start.minusMinutes(10);
		}
		if (outcome == Outcome.AT_START) {
			return start;
		}
		double draw = outcome == null ? random.nextDouble() : 1.0;
		if (draw < 0.05) {
			return start.minusMinutes(1 + random.nextInt(9));
		}
		if (draw < 0.07) {
			return start.plusMinutes(1 + random.nextInt(15));
		}
		return start.minusMinutes(11 + random.nextInt(15));
	}

	private static LocalDateTime signOut(LocalDateTime end, SplittableRandom random) {
		double draw = random.nextDouble();
		if (draw < 0.01) {
			return end.minusMinutes(5 + random.nextInt(86));
		}
		if (draw < 0.013) {
			return null;
		}
		return end.plusMinutes(random.nextInt(9));
	}

}
