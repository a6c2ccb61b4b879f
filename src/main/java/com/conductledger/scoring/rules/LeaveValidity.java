package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.conductledger.schedule.Thresholds;

/** rules.md 3: checks a leave for a shift it covers and lists every reason code that fails. */
public final class LeaveValidity {

	private final Thresholds thresholds;

	private final Map<String, Person> people;

	private final Set<LocalDate> holidays;

	public LeaveValidity(Thresholds thresholds, Map<String, Person> people, Set<LocalDate> holidays) {
		this.thresholds = thresholds;
		this.people = people;
		this.holidays = holidays;
	}

	/**
	 * Whether the leave is valid for at least one shift it covers (rules.md 3: what makes a sick
	 * leave "valid" for its certificate deadline), wherever those shifts fall.
	 *
	 * @param agentDuties the agent's effective-roster duties, at least those dated within the leave
	 */
	public boolean validForAShift(LeaveRequest leave, List<Duty> agentDuties) {
		LeaveCoverage coverage = LeaveCoverage.of(leave, agentDuties);
		return agentDuties.stream()
			.filter(duty -> duty.workerId().equals(leave.agentId()) && leave.covers(duty.date()))
			.anyMatch(duty -> failedChecks(leave, duty, coverage).isEmpty());
	}

	/** The failed checks' reason codes, in the order of rules.md; empty when the leave is valid for the shift. */
	public List<String> failedChecks(LeaveRequest leave, Duty duty, LeaveCoverage coverage) {
		LeaveCase leaveCase = leaveCase(leave, duty, coverage);
		return Arrays.stream(LeaveCheck.values()).filter(check -> check.fails(leaveCase)).map(Enum::name).toList();
	}

	/** The failed checks as an entry's reasons, each with the facts that decided it; empty when the leave is valid. */
	public List<String> failedReasons(LeaveRequest leave, Duty duty, LeaveCoverage coverage) {
		LeaveCase leaveCase = leaveCase(leave, duty, coverage);
		return Arrays.stream(LeaveCheck.values())
			.filter(check -> check.fails(leaveCase))
			.map(check -> check.reason(leaveCase))
			.toList();
	}

	private LeaveCase leaveCase(LeaveRequest leave, Duty duty, LeaveCoverage coverage) {
		Person approver = leave.approverId() == null ? null : people.get(leave.approverId());
		return new LeaveCase(leave, duty, coverage, approver == null ? null : approver.role(),
				holidays.contains(duty.date()), thresholds);
	}

}
