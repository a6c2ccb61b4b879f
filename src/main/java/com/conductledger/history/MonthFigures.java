package com.conductledger.history;

import java.math.BigDecimal;

import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.rules.Role;

/**
 * A person's figures of one period, as its reports showed them: what a later period's history needs
 * of that month (never the entries, which stay in that period's ledger).
 */
public record MonthFigures(String period, String personId, String name, String team, Role role, Integer rank,
		Tier tier, BigDecimal qaAverage, int deductionPoints, BigDecimal finalScore, BigDecimal netAmount,
		int[] categoryPoints) {

	public static MonthFigures of(String period, Scorecard card) {
		int[] points = new int[Category.values().length];
		for (Category category : Category.values()) {
			points[category.ordinal()] = card.month().points(category);
		}
		var person = card.month().person();
		return new MonthFigures(period, person.id(), person.name(), person.team(), person.role(), card.rank(), card.tier(),
				card.qaAverage(), card.month().deductionPoints(), card.finalScore(), card.netAmount(), points);
	}

	public int points(Category category) {
		return categoryPoints[category.ordinal()];
	}

	public boolean ranked() {
		return rank != null;
	}

	/** The team as history groups by it: null and blank alike are "no team". */
	public String teamKey() {
		return team == null || team.isBlank() ? "" : team.strip();
	}

}
