package com.conductledger.dispute;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/** A dispute: its number ({@code D-001}), subject, state, the raiser's reason and proposed item scores, and its resolution once there is one. */
public record Dispute(long number, Subject subject, DisputeState state, String reason, Map<String, BigDecimal> proposedItems,
		String raisedBy, LocalDateTime raisedAt, Resolution resolution, boolean evidence) {

	public Dispute {
		proposedItems = proposedItems == null ? Map.of() : Map.copyOf(proposedItems);
	}

	public String id() {
		return idOf(number);
	}

	public static String idOf(long number) {
		return String.format("D-%03d", number);
	}

	/** {@code D-007} -> 7; anything else is not a dispute id. */
	static long numberOf(String id) {
		if (id == null || !id.matches("D-\\d{1,15}")) {
			throw DisputeRefused.notFound("dispute " + id);
		}
		return Long.parseLong(id.substring(2));
	}

	/** The signed difference in points the resolution makes to the ledger (0 when none). */
	int pointsDifference() {
		if (subject.points() == null) {
			return 0;
		}
		return switch (state) {
			case WAIVED -> -subject.points();
			case REDUCED -> resolution.points() - subject.points();
			default -> 0;
		};
	}

}
