package com.conductledger.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.conductledger.scorecard.Category;

/**
 * A team's month (or the whole centre's): its headcount, the average final score of its ranked
 * agents (the people the meeting compares) and its points by category.
 */
public record TeamMonth(String period, String team, int headcount, int ranked, BigDecimal averageFinal,
		int[] categoryPoints) {

	/** The label people without a team go under. */
	public static final String NO_TEAM = "无团队 No team";

	/** The label of the whole centre's line. */
	public static final String CENTRE = "全中心 Centre";

	static TeamMonth of(String period, String team, List<MonthFigures> people) {
		int[] points = new int[Category.values().length];
		BigDecimal sum = BigDecimal.ZERO;
		int ranked = 0;
		for (MonthFigures person : people) {
			for (int category = 0; category < points.length; category++) {
				points[category] += person.categoryPoints()[category];
			}
			if (person.ranked() && person.finalScore() != null) {
				ranked++;
				sum = sum.add(person.finalScore());
			}
		}
		return new TeamMonth(period, team, people.size(), ranked,
				ranked == 0 ? null : sum.divide(BigDecimal.valueOf(ranked), 2, RoundingMode.HALF_UP), points);
	}

	public int points() {
		int total = 0;
		for (int value : categoryPoints) {
			total += value;
		}
		return total;
	}

	public int points(Category category) {
		return categoryPoints[category.ordinal()];
	}

	/** The team's name as pages print it: its own, or "no team". */
	public String label() {
		return team.isEmpty() ? NO_TEAM : team;
	}

}
