package com.conductledger.scoring.rules;

import static com.conductledger.scoring.rules.RulesFixtures.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.conductledger.schedule.PenaltySchedule;

/** Swaps with their own swaps.csv row and approver, and a way to run {@link SwapRules} on a roster. */
final class SwapFixtures {

	private SwapFixtures() {
	}

	/** An approved swap of swaps.csv row {@code row}, approved two hours after the request. */
	static Swap swap(int row, String id, String requester, String counterpart, LocalDate swapDate, ShiftCode swapShift,
			LocalDate repayDate, ShiftCode repayShift, String requestedAt, String approver) {
		return new Swap(id, requester, counterpart, swapDate, swapShift, repayDate, repayShift, at(requestedAt),
				RequestStatus.APPROVED, approver, at(requestedAt).plusHours(2), Source.of("swaps.csv", row));
	}

	static Swap rejected(Swap swap) {
		return new Swap(swap.swapId(), swap.requesterId(), swap.counterpartId(), swap.swapDate(), swap.swapShift(),
				swap.repayDate(), swap.repayShift(), swap.requestedAt(), RequestStatus.REJECTED, swap.approverId(),
				swap.approvedAt(), swap.source());
	}

	static Source swapRow(int row) {
		return Source.of("swaps.csv", row);
	}

	/**
	 * Runs {@link SwapRules} as the period does: the swaps change the roster, the rules look up the
	 * planned roster for notice and the effective roster for rest.
	 */
	static List<LedgerEntry> swapEntries(PenaltySchedule schedule, Map<String, Person> people, Set<LocalDate> holidays,
			List<RosterShift> roster, List<Swap> periodSwaps, List<Swap> dayBefore) {
		List<Swap> all = new ArrayList<>(periodSwaps);
		all.addAll(dayBefore);
		List<Duty> duties = EffectiveRoster.of(roster, all);
		RosterLookup planned = (agent, date, shift) -> roster.stream()
			.filter(s -> s.agentId().equals(agent) && s.date().equals(date) && s.shift() == shift)
			.findFirst();
		DutiesLookup effective = (worker, from, to) -> duties.stream()
			.filter(d -> d.workerId().equals(worker) && !d.date().isBefore(from) && !d.date().isAfter(to))
			.toList();
		return new SwapRules(new Ledger(schedule), people, holidays).check(periodSwaps, dayBefore, planned, effective);
	}

}
