package com.conductledger.scoring.rules;

/** The status of a leave request or a swap. */
public enum RequestStatus {
	APPROVED, REJECTED, PENDING
}
