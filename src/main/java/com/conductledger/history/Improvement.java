package com.conductledger.history;

import java.math.BigDecimal;

/** An agent's rise of final score from the previous period to this one (both ranked). */
public record Improvement(MonthFigures now, MonthFigures before) {

	public BigDecimal rise() {
		return now.finalScore().subtract(before.finalScore());
	}

}
