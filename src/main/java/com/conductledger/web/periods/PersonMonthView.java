package com.conductledger.web.periods;

import java.math.BigDecimal;

import com.conductledger.history.MonthFigures;
import com.conductledger.scorecard.Tier;

/** One of a person's months on their page: the period's final score, points, tier and rank, as its reports showed them. */
public record PersonMonthView(String period, String team, Integer rank, Tier tier, BigDecimal finalScore,
		int deductionPoints) {

	static PersonMonthView of(String period, MonthFigures month) {
		return month == null ? new PersonMonthView(period, null, null, null, null, 0)
				: new PersonMonthView(period, month.team(), month.rank(), month.tier(), month.finalScore(),
						month.deductionPoints());
	}

	public String tierLabel() {
		return tier == null ? "无成绩 No scorecard" : ScorecardView.label(tier);
	}

	/** Whether the person had a scorecard that period. */
	public boolean present() {
		return tier != null;
	}

}
