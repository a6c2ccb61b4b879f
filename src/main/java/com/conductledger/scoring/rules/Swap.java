package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A row of swaps.csv (Art. 32-37): on the swap shift the counterpart works for the requester; on
 * the repay shift the requester works for the counterpart.
 */
public record Swap(String swapId, String requesterId, String counterpartId, LocalDate swapDate, ShiftCode swapShift,
		LocalDate repayDate, ShiftCode repayShift, LocalDateTime requestedAt, RequestStatus status, String approverId,
		LocalDateTime approvedAt, Source source) {

	public boolean approved() {
		return status == RequestStatus.APPROVED;
	}

}
