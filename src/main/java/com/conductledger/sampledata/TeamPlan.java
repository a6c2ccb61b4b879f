package com.conductledger.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything planted in one team's month: swaps, leave, and what happens on particular shifts
 * (absent, forced edge sign-ins, private covers, clashing breaks). Unplanned shifts get the
 * ordinary random attendance.
 */
final class TeamPlan {

	enum Outcome {

		ABSENT, NORMAL, TEN_MINUTES_EARLY, AT_START

	}

	/** The covering agent of a private swap signs in for a shift they are not rostered on. */
	record Cover(int slot, int day, Shift shift) {
	}

	/** Two agents of one job type on one shift whose breaks overlap: the second leaves while the first is out. */
	record BreakClash(int first, int second, int day) {
	}

	final Claims claims;

	private final Outcome[][] outcomes;

	final List<Cover> covers = new ArrayList<>();

	final List<BreakClash> clashes = new ArrayList<>();

	final List<PlannedSwap> swaps = new ArrayList<>();

	final List<PlannedLeave> leaves = new ArrayList<>();

	TeamPlan(int slots, int days) {
		this.claims = new Claims(slots, days);
		this.outcomes = new Outcome[slots][days];
	}

	void set(int slot, int day, Outcome outcome) {
		outcomes[slot][day] = outcome;
	}

	/** The planned outcome, or null for ordinary random attendance. */
	Outcome outcome(int slot, int day) {
		return outcomes[slot][day];
	}

	Cover coverOn(int slot, int day) {
		for (Cover cover : covers) {
			if (cover.slot() == slot && cover.day() == day) {
				return cover;
			}
		}
		return null;
	}

	BreakClash clashOn(int slot, int day) {
		for (BreakClash clash : clashes) {
			if ((clash.first() == slot || clash.second() == slot) && clash.day() == day) {
				return clash;
			}
		}
		return null;
	}

}
