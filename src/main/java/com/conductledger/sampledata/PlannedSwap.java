package com.conductledger.sampledata;

import java.time.LocalDateTime;

/** A swap request as it will appear in swaps.csv; only APPROVED ones change the roster. */
record PlannedSwap(SwapCandidate swap, String status, LocalDateTime requestedAt, String approverId,
		LocalDateTime approvedAt) {

	static final String[] HEADER = { "swap_id", "requester_id", "counterpart_id", "swap_date", "swap_shift",
			"repay_date", "repay_shift", "requested_at", "status", "approver_id", "approved_at" };

	boolean approved() {
		return "APPROVED".equals(status);
	}

	String[] csv(String swapId, Centre centre, Team team) {
		return new String[] { swapId, team.member(swap.requester()).id(), team.member(swap.counterpart()).id(),
				centre.date(swap.swapDay()).toString(), swap.swapShift().name(), centre.date(swap.repayDay()).toString(),
				swap.repayShift().name(), Centre.timestamp(requestedAt), status, approverId, Centre.timestamp(approvedAt) };
	}

}
