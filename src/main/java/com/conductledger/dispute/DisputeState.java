package com.conductledger.dispute;

/**
 * OPEN, then once and for good: UPHELD (the entry stands), WAIVED (the charge removed), REDUCED (points
 * lowered to a stated value), RESCORED (an evaluation's item scores changed), or WITHDRAWN by the person.
 */
public enum DisputeState {

	OPEN, UPHELD, WAIVED, REDUCED, RESCORED, WITHDRAWN;

	boolean resolution() {
		return this == UPHELD || this == WAIVED || this == REDUCED || this == RESCORED;
	}

	/** Counted against the person's limit for the period, and blocking a second dispute on the same thing. */
	boolean counts() {
		return this != WITHDRAWN;
	}

}
