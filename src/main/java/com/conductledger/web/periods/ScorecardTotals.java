package com.conductledger.web.periods;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The total row of a period's table: over every scorecard that matches the filters, the people,
 * the points and the money summed, and the average QA score and final score of those who have one.
 */
public record ScorecardTotals(int people, int ranked, BigDecimal averageQa, int deductionPoints,
		BigDecimal averageFinal, BigDecimal deductionAmount, BigDecimal rewardAmount, BigDecimal netAmount) {

	static ScorecardTotals of(List<ScorecardView> cards) {
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		return new ScorecardTotals(cards.size(), (int) cards.stream().filter(card -> card.rank() != null).count(),
				average(cards.stream().map(ScorecardView::qaAverage).filter(Objects::nonNull).toList()),
				cards.stream().mapToInt(ScorecardView::deductionPoints).sum(),
				average(cards.stream().map(ScorecardView::finalScore).filter(Objects::nonNull).toList()),
				cards.stream().map(ScorecardView::deductionAmount).reduce(zero, BigDecimal::add),
				cards.stream().map(ScorecardView::rewardAmount).reduce(zero, BigDecimal::add),
				cards.stream().map(ScorecardView::netAmount).reduce(zero, BigDecimal::add));
	}

	private static BigDecimal average(List<BigDecimal> values) {
		return values.isEmpty() ? null
				: values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
	}

}
