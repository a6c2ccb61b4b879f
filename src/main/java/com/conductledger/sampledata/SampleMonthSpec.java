package com.conductledger.sampledata;

import java.time.YearMonth;

/**
 * What to generate: the centre's size, the random seed and the scoring period. A period
 * {@code YYYY-MM} with cutoff day {@code c} holds the shift dates from the day after the
 * previous month's cutoff to the cutoff of its own month.
 */
public record SampleMonthSpec(int teams, int agentsPerTeam, long seed, YearMonth period, int cutoffDay) {

	public SampleMonthSpec {
		if (teams < 1) {
			throw new IllegalArgumentException("teams must be at least 1, was " + teams);
		}
		if (agentsPerTeam < 6) {
			throw new IllegalArgumentException("agentsPerTeam must be at least 6, was " + agentsPerTeam);
		}
		if (period == null) {
			throw new IllegalArgumentException("period is required");
		}
		if (cutoffDay < 1 || cutoffDay > 28) {
			throw new IllegalArgumentException("cutoffDay must be 1-28, was " + cutoffDay);
		}
	}

	/** The shipped sample: 3 teams of 12 agents, period 2026-11 (shifts 2026-10-26 to 2026-11-25). */
	public static SampleMonthSpec sample() {
		return new SampleMonthSpec(3, 12, 20261128L, YearMonth.of(2026, 11), 25);
	}

	/** The same centre in another period. */
	public SampleMonthSpec withPeriod(YearMonth otherPeriod) {
		return new SampleMonthSpec(teams, agentsPerTeam, seed, otherPeriod, cutoffDay);
	}

	/** The same centre and period with another seed. */
	public SampleMonthSpec withSeed(long otherSeed) {
		return new SampleMonthSpec(teams, agentsPerTeam, otherSeed, period, cutoffDay);
	}

}
