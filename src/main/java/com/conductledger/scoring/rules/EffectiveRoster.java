package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * rules.md 1, Art. 32-36: the roster after the applicable approved swaps. On (swap_date,
 * swap_shift) the counterpart works instead of the requester; on (repay_date, repay_shift) the
 * requester works instead of the counterpart. Works on any slice of the roster (a day, a month).
 */
public final class EffectiveRoster {

	private EffectiveRoster() {
	}

	/** @param applicableSwaps approved swaps that passed {@link SwapApplicability} */
	public static List<Duty> of(List<RosterShift> roster, List<Swap> applicableSwaps) {
		Map<Key, Duty> duties = new HashMap<>();
		List<Key> order = new ArrayList<>();
		for (RosterShift shift : roster) {
			Key key = new Key(shift.agentId(), shift.date(), shift.shift());
			if (duties.putIfAbsent(key, Duty.rostered(shift)) == null) {
				order.add(key);
			}
		}
		for (Swap swap : applicableSwaps) {
			reassign(duties, new Key(swap.requesterId(), swap.swapDate(), swap.swapShift()), swap.counterpartId(), swap,
					Duty.Kind.SWAP_SHIFT);
			reassign(duties, new Key(swap.counterpartId(), swap.repayDate(), swap.repayShift()), swap.requesterId(), swap,
					Duty.Kind.REPAY_SHIFT);
		}
		return order.stream().map(duties::get).filter(Objects::nonNull).toList();
	}

	private static void reassign(Map<Key, Duty> duties, Key planned, String worker, Swap swap, Duty.Kind kind) {
		Duty duty = duties.get(planned);
		if (duty != null) {
			duties.put(planned, new Duty(worker, duty.planned(), swap, kind));
		}
	}

	private record Key(String agentId, LocalDate date, ShiftCode shift) {
	}

}
