package com.conductledger.scoring.job;

/** A scoring job execution's run id and context, shared by its steps. */
record ScoringRunState(long runId, ScoringContext context) {

	String period() {
		return context.period.name();
	}

}
