package com.conductledger.people;

import java.time.LocalDateTime;

/** An evaluation read and acknowledged by the agent it evaluates ("I have read it"), once. */
public record Acknowledgement(String evaluationId, String personId, LocalDateTime acknowledgedAt,
		String acknowledgedBy) {
}
