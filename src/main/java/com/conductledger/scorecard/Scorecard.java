package com.conductledger.scorecard;

import java.math.BigDecimal;

/**
 * A person's monthly scorecard (rules.md 7). {@code qaAverage} and {@code finalScore} are null
 * when NOT_EVALUATED; {@code rank} is null for people who are not ranked (not an AGENT, or no final
 * score).
 */
public record Scorecard(PersonMonth month, BigDecimal qaAverage, BigDecimal finalScore, Integer rank, Tier tier,
		BigDecimal deductionAmount, BigDecimal rewardAmount) {

	public BigDecimal netAmount() {
		return rewardAmount.subtract(deductionAmount);
	}

	public String personId() {
		return month.person().id();
	}

}
