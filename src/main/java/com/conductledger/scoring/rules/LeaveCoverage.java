package com.conductledger.scoring.rules;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * What a leave covers on the agent's effective roster (rules.md 3): {@code days}, the number of
 * the agent's shifts dated first_date..last_date, and the start of the first of them.
 */
public record LeaveCoverage(int days, LocalDateTime firstShiftStart) {

	/** @param agentDuties the agent's effective-roster duties, at least those dated within the leave */
	public static LeaveCoverage of(LeaveRequest leave, List<Duty> agentDuties) {
		List<Duty> covered = agentDuties.stream()
			.filter(duty -> duty.workerId().equals(leave.agentId()) && leave.covers(duty.date()))
			.toList();
		LocalDateTime first = covered.stream().map(Duty::startsAt).min(Comparator.naturalOrder()).orElse(null);
		return new LeaveCoverage(covered.size(), first);
	}

}
