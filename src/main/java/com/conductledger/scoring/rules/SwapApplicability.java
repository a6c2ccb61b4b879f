package com.conductledger.scoring.rules;

import java.util.Optional;

/**
 * rules.md 1: an approved swap changes the roster only when both parties are rostered on the
 * shifts it names (the requester on the swap shift, the counterpart on the repay shift); otherwise
 * it is a data error, reported and not applied. Swaps that are not approved change nothing.
 */
public final class SwapApplicability {

	public static final String NOT_ROSTERED = "SWAP_NOT_ROSTERED";

	private SwapApplicability() {
	}

	/** Empty when the swap applies; else the warning that says why not. */
	public static Optional<DataWarning> check(Swap swap, RosterLookup roster) {
		if (roster.find(swap.requesterId(), swap.swapDate(), swap.swapShift()).isEmpty()) {
			return Optional.of(new DataWarning(NOT_ROSTERED, "swap " + swap.swapId() + ": requester " + swap.requesterId()
					+ " is not rostered on " + swap.swapDate() + " " + swap.swapShift() + "; swap not applied", swap.source()));
		}
		if (roster.find(swap.counterpartId(), swap.repayDate(), swap.repayShift()).isEmpty()) {
			return Optional.of(new DataWarning(NOT_ROSTERED, "swap " + swap.swapId() + ": counterpart " + swap.counterpartId()
					+ " is not rostered on " + swap.repayDate() + " " + swap.repayShift() + "; swap not applied", swap.source()));
		}
		return Optional.empty();
	}

}
