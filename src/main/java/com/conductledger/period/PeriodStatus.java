package com.conductledger.period;

import java.time.LocalDateTime;

/** Where a period stands: OPEN (being scored), DRAFT (reports ready, may still change), FINAL (closed, locked). */
public record PeriodStatus(String period, State state, LocalDateTime scoredAt, LocalDateTime closedAt) {

	public enum State {
		OPEN, DRAFT, FINAL
	}

	public boolean isFinal() {
		return state == State.FINAL;
	}

}
