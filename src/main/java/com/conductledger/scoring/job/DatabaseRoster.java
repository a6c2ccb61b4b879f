package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.conductledger.scoring.rules.Duty;
import com.conductledger.scoring.rules.DutiesLookup;
import com.conductledger.scoring.rules.EffectiveRoster;
import com.conductledger.scoring.rules.LeaveRequest;
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

	/** The planned shifts read ahead ({@link #readAhead}), by person and date: a date held here needs no query. */
	private Map<String, Map<LocalDate, List<RosterShift>>> held = Map.of();

	DatabaseRoster(FactsRepository facts, List<Swap> applicableSwaps) {
		this.facts = facts;
		this.applicableSwaps = applicableSwaps;
	}

	/**
	 * Reads at once the planned shifts that the period-wide rules will look up: both parties' on each
	 * swap's two dates and the days either side (the swap's checks and the rest between shifts), and
	 * each leave's days (its coverage). One query per shift and per leave was most of a run's set-up
	 * (about 3 s of a 10,943-agent month); the look-ups answer from these and ask the database only
	 * for a date not read ahead.
	 */
	void readAhead(List<Swap> swaps, List<LeaveRequest> leaves) {
		Map<String, Set<LocalDate>> dates = new HashMap<>();
		for (Swap swap : swaps) {
			for (String party : List.of(swap.requesterId(), swap.counterpartId())) {
				for (LocalDate date : List.of(swap.swapDate(), swap.repayDate())) {
					Set<LocalDate> days = dates.computeIfAbsent(party, id -> new HashSet<>());
					days.add(date.minusDays(1));
					days.add(date);
					days.add(date.plusDays(1));
				}
			}
		}
		for (LeaveRequest leave : leaves) {
			if (!leave.lastDate().isBefore(leave.firstDate())) {
				leave.firstDate().datesUntil(leave.lastDate().plusDays(1))
					.forEach(dates.computeIfAbsent(leave.agentId(), id -> new HashSet<>())::add);
			}
		}
		held = facts.rosterOnDates(dates);
	}

	@Override
	public Optional<RosterShift> find(String agentId, LocalDate date, ShiftCode shift) {
		List<RosterShift> day = held.getOrDefault(agentId, Map.of()).get(date);
		if (day == null) {
			return facts.rosterShift(agentId, date, shift);
		}
		return day.stream().filter(row -> row.shift() == shift).findFirst();
	}

	/** One person's planned shifts dated from..to, in date and shift order. */
	private List<RosterShift> rosterOf(String agentId, LocalDate from, LocalDate to) {
		Map<LocalDate, List<RosterShift>> days = held.getOrDefault(agentId, Map.of());
		List<RosterShift> rows = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			List<RosterShift> day = days.get(date);
			if (day == null) {
				return facts.rosterOf(agentId, from, to);
			}
			rows.addAll(day);
		}
		return rows;
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
		List<RosterShift> rows = new ArrayList<>(rosterOf(workerId, from, to));
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
