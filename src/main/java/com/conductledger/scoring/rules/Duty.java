package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A shift of the effective roster (rules.md 1): the planned roster shift and who works it, which
 * after an approved swap is the other party.
 */
public record Duty(String workerId, RosterShift planned, Swap swap, Kind kind) {

	public enum Kind {
		/** As rostered. */
		ROSTERED,
		/** The requester's shift, worked by the counterpart. */
		SWAP_SHIFT,
		/** The counterpart's shift, worked by the requester in repayment. */
		REPAY_SHIFT
	}

	public static Duty rostered(RosterShift shift) {
		return new Duty(shift.agentId(), shift, null, Kind.ROSTERED);
	}

	public LocalDate date() {
		return planned.date();
	}

	public ShiftCode shift() {
		return planned.shift();
	}

	public LocalDateTime startsAt() {
		return planned.startsAt();
	}

	public LocalDateTime endsAt() {
		return planned.endsAt();
	}

	/** A swap or repayment shift of an approved swap (Art. 37: no leave on it). */
	public boolean swapped() {
		return kind != Kind.ROSTERED;
	}

	/** The row that made this duty: the swap's when one moved it, else the roster's. */
	public Source source() {
		return swap == null ? planned.source() : swap.source();
	}

}
