package com.conductledger.schedule;

import java.math.BigDecimal;

/** rules.md 7: who is rewarded and who is warned at the monthly agent meeting (Art. 23). */
public record ScorecardTiers(
		/** REWARD: within the top ceil(this %) of ranked agents. */
		int rewardTopPercent,
		/** REWARD: a final score of at least this. */
		BigDecimal rewardMinFinal,
		/** Paid to each REWARD agent. */
		BigDecimal rewardAmount,
		/** WARNING: a final score below this. */
		BigDecimal warningBelow) {
}
