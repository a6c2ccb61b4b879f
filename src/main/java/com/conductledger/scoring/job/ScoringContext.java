package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.rules.DataWarning;
import com.conductledger.scoring.rules.Duty;
import com.conductledger.scoring.rules.LeaveCoverage;
import com.conductledger.scoring.rules.LeaveRequest;
import com.conductledger.scoring.rules.Person;
import com.conductledger.scoring.rules.Swap;
import com.conductledger.scoring.rules.SwapApplicability;

/**
 * What every day of a period needs and is small (a centre's people, holidays, swaps and leaves):
 * loaded once per scoring run. The large facts (roster, sign-ins, breaks, evaluations) are read
 * a day at a time.
 */
class ScoringContext {

	final Period period;

	final PenaltySchedule schedule;

	final Map<String, Person> people;

	final Set<LocalDate> holidays;

	/** Approved swaps touching the period (and the day before it) that apply to the roster. */
	final List<Swap> applicableSwaps = new ArrayList<>();

	/** Warnings about the period's swaps that could not be applied. */
	final List<DataWarning> swapWarnings = new ArrayList<>();

	final List<LeaveRequest> leaves;

	final Map<String, LeaveCoverage> coverage = new HashMap<>();

	/** Each leave's effective duties over its days, by leave id: read once, for its coverage and its certificate. */
	final Map<String, List<Duty>> leaveDuties = new HashMap<>();

	final DatabaseRoster roster;

	ScoringContext(Period period, PenaltySchedule schedule, FactsRepository facts) {
		this.period = period;
		this.schedule = schedule;
		facts.refreshFileNames();
		this.people = facts.people();
		this.holidays = facts.holidays();
		this.roster = new DatabaseRoster(facts, applicableSwaps);
		LocalDate from = period.firstDate().minusDays(1);
		List<Swap> swaps = facts.approvedSwapsTouching(from, period.lastDate().plusDays(1));
		this.leaves = facts.leavesOverlapping(period.firstDate(), period.lastDate());
		roster.readAhead(swaps, leaves);
		SwapApplicability.sort(swaps, roster, period, applicableSwaps, swapWarnings);
		for (LeaveRequest leave : leaves) {
			List<Duty> duties = roster.dutiesOf(leave.agentId(), leave.firstDate(), leave.lastDate());
			leaveDuties.put(leave.leaveId(), duties);
			coverage.put(leave.leaveId(), LeaveCoverage.of(leave, duties));
		}
	}

	List<Swap> swapsOn(LocalDate date) {
		return applicableSwaps.stream()
			.filter(swap -> swap.swapDate().equals(date) || swap.repayDate().equals(date))
			.toList();
	}

	List<LeaveRequest> leavesCovering(LocalDate date) {
		return leaves.stream().filter(leave -> leave.covers(date)).toList();
	}

}
