package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.conductledger.scoring.rules.Duty;
import com.conductledger.scoring.rules.DutiesLookup;
import com.conductledger.scoring.rules.EffectiveRoster;
import com.conductledger.scoring.rules.RosterLookup;
import com.conductledger.scoring.rules.RosterShift;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.Swap;

/**
 * The roster as the rules look it up, from the database: one person's planned shifts, and their
 * effective shifts after the applicable swaps (their own rows plus the shifts swapped to them).
 */
class DatabaseRoster implements RosterLookup, DutiesLookup {

	private final FactsRepository facts;

	private final List<Swap> applicableSwaps;

	private final Map<LocalDate, Boolean> published = new HashMap<>();

	/**
	 * The applicable swaps by each of their two parties, in the list's order: a person's swaps are
	 * looked up, not searched for among all of the period's (which grew with leaves times swaps:
	 * quadratic in the centre's size). The list is only appended to while the swaps are sorted, so
	 * what was appended since the last look-up is indexed then.
	 */
	private final Map<String, List<Swap>> swapsByParty = new HashMap<>();

	private int swapsIndexed;

	DatabaseRoster(FactsRepository facts, List<Swap> applicableSwaps) {
		this.facts = facts;
		this.applicableSwaps = applicableSwaps;
	}

	@Override
	public Optional<RosterShift> find(String agentId, LocalDate date, ShiftCode shift) {
		return facts.rosterShift(agentId, date, shift);
	}

	@Override
	public boolean publishedOn(LocalDate date) {
		return published.computeIfAbsent(date, facts::hasRosterOn);
	}

	@Override
	public List<Duty> dutiesOf(String workerId, LocalDate from, LocalDate to) {
		List<Swap> relevant = swapsOf(workerId).stream()
			.filter(swap -> within(swap.swapDate(), from, to) || within(swap.repayDate(), from, to))
			.toList();
		List<RosterShift> rows = new ArrayList<>(facts.rosterOf(workerId, from, to));
		for (Swap swap : relevant) {
			if (swap.counterpartId().equals(workerId) && within(swap.swapDate(), from, to)) {
				find(swap.requesterId(), swap.swapDate(), swap.swapShift()).ifPresent(rows::add);
			}
			if (swap.requesterId().equals(workerId) && within(swap.repayDate(), from, to)) {
				find(swap.counterpartId(), swap.repayDate(), swap.repayShift()).ifPresent(rows::add);
			}
		}
		return EffectiveRoster.of(rows, relevant).stream().filter(duty -> duty.workerId().equals(workerId)).toList();
	}

	private List<Swap> swapsOf(String workerId) {
		if (applicableSwaps.size() < swapsIndexed) {
			swapsByParty.clear();
			swapsIndexed = 0;
		}
		for (; swapsIndexed < applicableSwaps.size(); swapsIndexed++) {
			Swap swap = applicableSwaps.get(swapsIndexed);
			swapsByParty.computeIfAbsent(swap.requesterId(), id -> new ArrayList<>()).add(swap);
			if (!swap.counterpartId().equals(swap.requesterId())) {
				swapsByParty.computeIfAbsent(swap.counterpartId(), id -> new ArrayList<>()).add(swap);
			}
		}
		return swapsByParty.getOrDefault(workerId, List.of());
	}

	private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

}
