package com.conductledger.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.ScorecardTiers;
import com.conductledger.scoring.rules.Role;

/**
 * rules.md 7, Art. 23: reward the best, penalise the worst. qa_average is the mean of the scored
 * evaluations rounded half-up to 2 decimals; final = qa_average - deduction points; agents with a
 * final score are ranked by final (desc), fewer deduction points, agent id; REWARD is the top
 * ceil(10%) of them with final >= 90, no ATT-ABSENT and no fatal code; WARNING is final < 60.
 */
public final class ScorecardCalculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Comparator<Scorecard> RANKING = Comparator
		.comparing(Scorecard::finalScore, Comparator.reverseOrder())
		.thenComparing(card -> card.month().deductionPoints())
		.thenComparing(Scorecard::personId);

	private final ScorecardTiers tiers;

	private final BigDecimal amountPerPoint;

	public ScorecardCalculator(PenaltySchedule schedule) {
		this.tiers = schedule.tiers();
		this.amountPerPoint = schedule.amountPerPoint();
	}

	/** The scorecards: ranked agents by rank first, then everyone else by person id. */
	public List<Scorecard> scorecards(List<PersonMonth> months) {
		List<Scorecard> unranked = months.stream().map(this::unranked).toList();
		List<Scorecard> ranked = unranked.stream()
			.filter(card -> card.finalScore() != null && card.month().person().role() == Role.AGENT)
			.sorted(RANKING)
			.toList();
		int rewardPlaces = BigDecimal.valueOf(ranked.size())
			.multiply(BigDecimal.valueOf(tiers.rewardTopPercent()))
			.divide(HUNDRED, 0, RoundingMode.CEILING)
			.intValue();
		Map<String, Scorecard> finished = new HashMap<>();
		for (int i = 0; i < ranked.size(); i++) {
			Scorecard card = ranked.get(i);
			Tier tier = i < rewardPlaces && rewarded(card) ? Tier.REWARD : card.tier();
			finished.put(card.personId(), new Scorecard(card.month(), card.qaAverage(), card.finalScore(), i + 1, tier,
					card.deductionAmount(), tier == Tier.REWARD ? tiers.rewardAmount().setScale(2) : card.rewardAmount()));
		}
		List<Scorecard> cards = new ArrayList<>(ranked.stream().map(card -> finished.get(card.personId())).toList());
		unranked.stream()
			.filter(card -> !finished.containsKey(card.personId()))
			.sorted(Comparator.comparing(Scorecard::personId))
			.forEach(cards::add);
		return cards;
	}

	private boolean rewarded(Scorecard card) {
		return card.finalScore().compareTo(tiers.rewardMinFinal()) >= 0 && !card.month().absent() && !card.month().fatal();
	}

	private Scorecard unranked(PersonMonth month) {
		BigDecimal deduction = amountPerPoint.multiply(BigDecimal.valueOf(month.deductionPoints())).setScale(2,
				RoundingMode.HALF_UP);
		BigDecimal noReward = BigDecimal.ZERO.setScale(2);
		if (month.scoredEvaluations() == 0) {
			return new Scorecard(month, null, null, null, Tier.NOT_EVALUATED, deduction, noReward);
		}
		BigDecimal average = month.scoreSum().divide(BigDecimal.valueOf(month.scoredEvaluations()), 2, RoundingMode.HALF_UP);
		BigDecimal finalScore = average.subtract(BigDecimal.valueOf(month.deductionPoints()));
		Tier tier = finalScore.compareTo(tiers.warningBelow()) < 0 ? Tier.WARNING : Tier.STANDARD;
		return new Scorecard(month, average, finalScore, null, tier, deduction, noReward);
	}

}
