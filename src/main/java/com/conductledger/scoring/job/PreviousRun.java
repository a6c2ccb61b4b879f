package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The period's current run as a new run may reuse it: the fingerprint it recorded for each day and
 * the days whose own rows changed since it began. A day is taken from it when its rows did not change
 * and its fingerprint is the same; {@link #NONE} when every day is to be scored.
 */
record PreviousRun(long runId, Map<LocalDate, String> fingerprints, Set<LocalDate> changedDays) {

	static final PreviousRun NONE = new PreviousRun(0, Map.of(), Set.of());

	PreviousRun {
		fingerprints = Map.copyOf(fingerprints);
		changedDays = Set.copyOf(changedDays);
	}

	boolean reusable(LocalDate day, String fingerprint) {
		return !changedDays.contains(day) && fingerprint.equals(fingerprints.get(day));
	}

}
