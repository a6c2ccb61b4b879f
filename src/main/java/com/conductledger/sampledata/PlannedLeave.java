package com.conductledger.sampledata;

import java.time.LocalDateTime;

/** A leave request as it will appear in leave.csv, covering the agent's shifts firstDay..lastDay. */
record PlannedLeave(int slot, LeaveCase kind, int firstDay, int lastDay, LocalDateTime requestedAt, String submittedBy,
		String approverId, LocalDateTime approvedAt) {

	static final String[] HEADER = { "leave_id", "agent_id", "type", "urgent", "first_date", "last_date",
			"requested_at", "submitted_by", "status", "approver_id", "approved_at", "certificate",
			"certificate_submitted_on" };

	String[] csv(String leaveId, Centre centre, Team team) {
		String certificateOn = kind.certificateLagDays() < 0 ? ""
				: centre.date(lastDay + kind.certificateLagDays()).toString();
		return new String[] { leaveId, team.member(slot).id(), kind.type(), kind.urgent(),
				centre.date(firstDay).toString(), centre.date(lastDay).toString(), Centre.timestamp(requestedAt),
				submittedBy, kind.status(), approverId, Centre.timestamp(approvedAt), kind.certificate(),
				certificateOn };
	}

}
