package com.conductledger.web.periods;

import java.time.LocalDateTime;

import com.conductledger.period.PeriodStatus;

/** A period's name and state, without its files: what a page about one person needs of it. */
public record PeriodHeading(String period, PeriodStatus.State state, LocalDateTime scoredAt, LocalDateTime closedAt) {

	public static PeriodHeading of(PeriodStatus status) {
		return new PeriodHeading(status.period(), status.state(), status.scoredAt(), status.closedAt());
	}

	public String stateLabel() {
		return label(state);
	}

	static String label(PeriodStatus.State state) {
		return switch (state) {
			case OPEN -> "进行中 Open";
			case DRAFT -> "草稿 Draft";
			case FINAL -> "已定稿 Final";
		};
	}

}
