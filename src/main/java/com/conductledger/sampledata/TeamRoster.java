package com.conductledger.sampledata;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A team's effective roster for the period (plus a day either side): the base rotation with
 * approved swaps applied, and the rest a worker gets around a shift.
 */
final class TeamRoster {

	static final long MIN_REST_MINUTES = 8 * 60;

	private final Centre centre;

	private final Shift[][] shifts;

	TeamRoster(Centre centre, Team team) {
		this.centre = centre;
		this.shifts = new Shift[team.slots()][centre.days + 2];
		for (int slot = 0; slot < team.slots(); slot++) {
			for (int day = -1; day <= centre.days; day++) {
				shifts[slot][day + 1] = Rotation.shiftOf(team.index, team.restOffset(slot), centre.date(day));
			}
		}
	}

	Shift at(int slot, int day) {
		return shifts[slot][day + 1];
	}

	boolean works(int slot, int day) {
		return at(slot, day) != null;
	}

	void apply(SwapCandidate swap) {
		shifts[swap.requester()][swap.swapDay() + 1] = null;
		shifts[swap.counterpart()][swap.swapDay() + 1] = swap.swapShift();
		shifts[swap.counterpart()][swap.repayDay() + 1] = null;
		shifts[swap.requester()][swap.repayDay() + 1] = swap.repayShift();
	}

	void revert(SwapCandidate swap) {
		shifts[swap.requester()][swap.repayDay() + 1] = null;
		shifts[swap.counterpart()][swap.repayDay() + 1] = swap.repayShift();
		shifts[swap.counterpart()][swap.swapDay() + 1] = null;
		shifts[swap.requester()][swap.swapDay() + 1] = swap.swapShift();
	}

	/** The shortest rest before or after this worker's shift on that day (whole day margins). */
	long minRestMinutes(int slot, int day) {
		Shift shift = at(slot, day);
		LocalDateTime start = shift.startOn(centre.date(day));
		LocalDateTime end = shift.endOn(centre.date(day));
		long rest = Long.MAX_VALUE;
		Shift before = day - 1 >= -1 ? at(slot, day - 1) : null;
		if (before != null) {
			rest = Math.min(rest, Duration.between(before.endOn(centre.date(day - 1)), start).toMinutes());
		}
		Shift after = day + 1 <= centre.days ? at(slot, day + 1) : null;
		if (after != null) {
			rest = Math.min(rest, Duration.between(end, after.startOn(centre.date(day + 1))).toMinutes());
		}
		return rest;
	}

	/** The rest around a shift this worker would take on a day off. */
	long minRestIfWorking(int slot, int day, Shift shift) {
		shifts[slot][day + 1] = shift;
		long rest = minRestMinutes(slot, day);
		shifts[slot][day + 1] = null;
		return rest;
	}

}
