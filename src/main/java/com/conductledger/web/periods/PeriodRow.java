package com.conductledger.web.periods;

import java.time.LocalDateTime;
import java.util.List;

import com.conductledger.period.PeriodStatus;
import com.conductledger.web.PeriodFolder.Download;

/** A period as managers see it: its state and the report files written for it. */
public record PeriodRow(String period, PeriodStatus.State state, LocalDateTime scoredAt, LocalDateTime closedAt,
		List<Download> files) {

	public String stateLabel() {
		return PeriodHeading.label(state);
	}

}
