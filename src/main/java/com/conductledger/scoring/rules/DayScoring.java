package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.conductledger.schedule.PenaltySchedule;

/**
 * Scores one day: the attendance verdict of every shift of the effective roster dated that day
 * (rules.md 2, 3, 4.1) and the day's breaks (rules.md 5). Needs only that day's facts, plus the
 * centre's people, holidays and each leave's coverage.
 */
public final class DayScoring {

	private final Map<String, String> jobTypeOf = new HashMap<>();

	private final AttendanceVerdicts verdicts;

	private final BreakRules breakRules;

	public DayScoring(PenaltySchedule schedule, Map<String, Person> people, Set<LocalDate> holidays) {
		Ledger ledger = new Ledger(schedule);
		people.forEach((id, person) -> jobTypeOf.put(id, person.jobType()));
		this.verdicts = new AttendanceVerdicts(ledger, people, new LeaveValidity(schedule.thresholds(), people, holidays));
		this.breakRules = new BreakRules(ledger);
	}

	/**
	 * @param duties the day's effective roster
	 * @param signIns the day's sign-ins
	 * @param leaves leaves covering the day
	 * @param coverage each of those leaves' coverage, by leave id
	 * @param breaks the day's breaks
	 */
	public DayResult score(List<Duty> duties, List<SignIn> signIns, List<LeaveRequest> leaves,
			Map<String, LeaveCoverage> coverage, List<BreakRecord> breaks) {
		DayResult attendance = verdicts.judge(duties, signIns, leaves, coverage);
		List<LedgerEntry> entries = new ArrayList<>(attendance.entries());
		Map<String, Integer> headcount = new HashMap<>();
		for (Duty duty : duties) {
			headcount.merge(BreakRules.post(duty.date(), duty.shift(), jobTypeOf.get(duty.workerId())), 1, Integer::sum);
		}
		entries.addAll(breakRules.check(breaks, jobTypeOf, headcount));
		return new DayResult(entries, attendance.warnings(), new HashSet<>(attendance.validLeaveIds()));
	}

}
