package com.conductledger.scoring.job;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scoring job execution's run id and context, shared by its steps: what each day's scoring reads
 * beside the day's rows ({@code fingerprints}), the run it may take unchanged days from, and how many
 * days it scored and took.
 */
record ScoringRunState(long runId, ScoringContext context, DayFingerprints fingerprints, PreviousRun previous,
		AtomicInteger daysScored, AtomicInteger daysTaken) {

	ScoringRunState(long runId, ScoringContext context, DayFingerprints fingerprints, PreviousRun previous) {
		this(runId, context, fingerprints, previous, new AtomicInteger(), new AtomicInteger());
	}

	String period() {
		return context.period.name();
	}

}
