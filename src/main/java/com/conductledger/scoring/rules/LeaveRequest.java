package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of leave.csv (Art. 26-31); approverId, approvedAt and certificateSubmittedOn may be null. */
public record LeaveRequest(String leaveId, String agentId, Type type, boolean urgent, LocalDate firstDate,
		LocalDate lastDate, LocalDateTime requestedAt, String submittedBy, RequestStatus status, String approverId,
		LocalDateTime approvedAt, boolean certificate, LocalDate certificateSubmittedOn, Source source) {

	public enum Type {
		PERSONAL, SICK
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(firstDate) && !date.isAfter(lastDate);
	}

}
