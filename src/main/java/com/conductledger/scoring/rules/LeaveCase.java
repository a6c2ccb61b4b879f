package com.conductledger.scoring.rules;

import java.time.LocalDateTime;

import com.conductledger.schedule.Thresholds;

/** A leave checked for one shift it covers: what the checks of rules.md 3 look at. */
record LeaveCase(LeaveRequest leave, Duty duty, LeaveCoverage coverage, Role approverRole, boolean holiday,
		Thresholds thresholds) {

	boolean personal() {
		return leave.type() == LeaveRequest.Type.PERSONAL;
	}

	boolean sick() {
		return leave.type() == LeaveRequest.Type.SICK;
	}

	boolean nightShift() {
		return duty.shift() == ShiftCode.NIGHT;
	}

	LocalDateTime shiftStart() {
		return duty.startsAt();
	}

	LocalDateTime requestedAt() {
		return leave.requestedAt();
	}

	/** The approver as a reason names them: {@code L01 (TEAM_LEAD)}, or nobody. */
	String approver() {
		if (leave.approverId() == null) {
			return "nobody";
		}
		return leave.approverId() + " (" + (approverRole == null ? "unknown" : approverRole.name()) + ")";
	}

	boolean approverAtLeast(Role role) {
		return approverRole != null && approverRole.atLeast(role);
	}

}
