package com.conductledger.dispute;

import java.time.LocalDateTime;

/** A line of a person's notices: a dispute changed state or an evaluation was added; read or not. */
public record Notice(long id, String personId, LocalDateTime createdAt, String kind, String disputeId, String message,
		boolean read) {
}
