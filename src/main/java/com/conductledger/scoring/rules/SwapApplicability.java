package com.conductledger.scoring.rules;

import java.util.List;
import java.util.Optional;

import com.conductledger.period.Period;

/**
 * rules.md 1: an approved swap changes the roster only when both parties are rostered on the
 * shifts it names (the requester on the swap shift, the counterpart on the repay shift); otherwise
 * it is a data error, reported and not applied. So is a swap that would give a party a shift
 * they already have (the counterpart rostered on the swap shift too, or the requester on the repay
 * shift). A half of the swap that falls on a date whose roster is not published yet (a repay shift
 * after the cut-off, say) is not checked: it applies when that roster arrives. Swaps that are not
 * approved change nothing.
 */
public final class SwapApplicability {

	public static final String NOT_ROSTERED = "SWAP_NOT_ROSTERED";

	public static final String ALREADY_ROSTERED = "SWAP_ALREADY_ROSTERED";

	private SwapApplicability() {
	}

	/**
	 * Sorts the approved swaps into those that apply (added to {@code applicable}) and those that
	 * do not; the warnings of the ones dated in the period go to {@code warnings}.
	 */
	public static void sort(Iterable<Swap> swaps, RosterLookup roster, Period period, List<Swap> applicable,
			List<DataWarning> warnings) {
		for (Swap swap : swaps) {
			if (swap.approved()) {
				check(swap, roster).ifPresentOrElse(warning -> {
					if (period.contains(swap.swapDate())) {
						warnings.add(warning);
					}
				}, () -> applicable.add(swap));
			}
		}
	}

	/** Empty when the swap applies; else the warning that says why not. */
	public static Optional<DataWarning> check(Swap swap, RosterLookup roster) {
		boolean swapKnown = roster.publishedOn(swap.swapDate());
		boolean repayKnown = roster.publishedOn(swap.repayDate());
		if (swapKnown && roster.find(swap.requesterId(), swap.swapDate(), swap.swapShift()).isEmpty()) {
			return Optional.of(new DataWarning(NOT_ROSTERED, "swap " + swap.swapId() + ": requester " + swap.requesterId()
					+ " is not rostered on " + swap.swapDate() + " " + swap.swapShift() + "; swap not applied", swap.source()));
		}
		if (repayKnown && roster.find(swap.counterpartId(), swap.repayDate(), swap.repayShift()).isEmpty()) {
			return Optional.of(new DataWarning(NOT_ROSTERED, "swap " + swap.swapId() + ": counterpart " + swap.counterpartId()
					+ " is not rostered on " + swap.repayDate() + " " + swap.repayShift() + "; swap not applied", swap.source()));
		}
		if (swapKnown && roster.find(swap.counterpartId(), swap.swapDate(), swap.swapShift()).isPresent()) {
			return Optional.of(new DataWarning(ALREADY_ROSTERED, "swap " + swap.swapId() + ": counterpart " + swap.counterpartId()
					+ " is already rostered on " + swap.swapDate() + " " + swap.swapShift() + "; swap not applied", swap.source()));
		}
		if (repayKnown && roster.find(swap.requesterId(), swap.repayDate(), swap.repayShift()).isPresent()) {
			return Optional.of(new DataWarning(ALREADY_ROSTERED, "swap " + swap.swapId() + ": requester " + swap.requesterId()
					+ " is already rostered on " + swap.repayDate() + " " + swap.repayShift() + "; swap not applied", swap.source()));
		}
		return Optional.empty();
	}

}
