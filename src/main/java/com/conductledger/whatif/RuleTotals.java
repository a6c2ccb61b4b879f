package com.conductledger.whatif;

/** One rule's entries and points now and then: a row of {@code whatif-rules-YYYY-MM.csv}. */
public record RuleTotals(String ruleId, int entriesNow, int pointsNow, int entriesThen, int pointsThen) {

	RuleTotals plusNow(int points) {
		return new RuleTotals(ruleId, entriesNow + 1, pointsNow + points, entriesThen, pointsThen);
	}

	RuleTotals plusThen(int points) {
		return new RuleTotals(ruleId, entriesNow, pointsNow, entriesThen + 1, pointsThen + points);
	}

}
