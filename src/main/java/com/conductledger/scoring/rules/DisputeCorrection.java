package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The entry a resolved dispute adds to the ledger (people.md, Disputes): rule
 * {@code DISPUTE-CORRECTION}, the same person, date, shift and article as the disputed entry, the signed
 * difference in points, the reason {@code dispute D-nnn: <resolver's note>}, and the dispute as its
 * source. A second reason names the corrected rule ({@code corrects ATT-LATE}, or {@code waives
 * ATT-ABSENT} when the charge is removed), so that the scorecard counts the points in the rule's category
 * and a waived absence no longer bars the reward.
 */
public final class DisputeCorrection {

	public static final String RULE_ID = "DISPUTE-CORRECTION";

	private static final String CORRECTS = "corrects ";

	private static final String WAIVES = "waives ";

	private DisputeCorrection() {
	}

	public static LedgerEntry entry(String disputeId, String note, String personId, String correctedRule,
			String article, LocalDate date, ShiftCode shift, int points, boolean waived) {
		return new LedgerEntry(personId, RULE_ID, article, date, shift, points,
				List.of("dispute " + disputeId + ": " + note, (waived ? WAIVES : CORRECTS) + correctedRule),
				Source.of("dispute " + disputeId, 0));
	}

	public static boolean is(LedgerEntry entry) {
		return RULE_ID.equals(entry.ruleId());
	}

	/** The rule a correction corrects; empty for any other entry. */
	public static Optional<String> correctedRule(LedgerEntry entry) {
		if (!is(entry)) {
			return Optional.empty();
		}
		for (int i = entry.reasons().size() - 1; i >= 0; i--) {
			String reason = entry.reasons().get(i);
			if (reason.startsWith(CORRECTS)) {
				return Optional.of(reason.substring(CORRECTS.length()));
			}
			if (reason.startsWith(WAIVES)) {
				return Optional.of(reason.substring(WAIVES.length()));
			}
		}
		return Optional.empty();
	}

	/** Whether the correction removes the whole charge of its rule. */
	public static boolean waives(LedgerEntry entry) {
		return is(entry) && entry.reasons().stream().anyMatch(reason -> reason.startsWith(WAIVES));
	}

}
