package com.conductledger.web.periods;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.conductledger.explain.Labels;
import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.rules.Person;
import com.conductledger.scoring.rules.Role;

/** A person's scorecard as the pages and API show it (rules.md 7). */
public record ScorecardView(String personId, String name, String team, Role role, Integer rank, Tier tier,
		int evaluations, BigDecimal qaAverage, int deductionPoints, Map<String, Integer> pointsByCategory,
		BigDecimal finalScore, BigDecimal deductionAmount, BigDecimal rewardAmount, BigDecimal netAmount) {

	static ScorecardView of(Scorecard card) {
		Person person = card.month().person();
		Map<String, Integer> points = new LinkedHashMap<>();
		for (Category category : Category.values()) {
			points.put(category.name(), card.month().points(category));
		}
		return new ScorecardView(person.id(), person.name(), person.team(), person.role(), card.rank(), card.tier(),
				card.month().scoredEvaluations(), card.qaAverage(), card.month().deductionPoints(), points,
				card.finalScore(), card.deductionAmount(), card.rewardAmount(), card.netAmount());
	}

	public String tierLabel() {
		return label(tier);
	}

	public String roleLabel() {
		return Labels.role(role).toString();
	}

	/** A tier as every medium names it. */
	static String label(Tier tier) {
		return Labels.tier(tier).toString();
	}

}
