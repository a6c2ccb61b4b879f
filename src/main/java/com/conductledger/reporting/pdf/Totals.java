package com.conductledger.reporting.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.Tier;

/**
 * Head counts and sums over a set of scorecards: the overview of a pack and one row of the team
 * table. The average final is over ranked agents, the people the meeting compares.
 */
final class Totals {

	/** The team of the total row. */
	static final String TOTAL = "合计 Total";

	private final String team;

	private int people;

	private int ranked;

	private int reward;

	private int warning;

	private int notEvaluated;

	private int deductionPoints;

	private BigDecimal rankedFinalSum = BigDecimal.ZERO;

	private BigDecimal deductionAmount = BigDecimal.ZERO;

	private BigDecimal rewardAmount = BigDecimal.ZERO;

	private Totals(String team) {
		this.team = team;
	}

	static Totals of(List<Scorecard> cards) {
		Totals totals = new Totals(null);
		cards.forEach(totals::add);
		return totals;
	}

	/** The whole scope's row, after the teams: its true total. */
	static Totals total(List<Scorecard> cards) {
		Totals totals = new Totals(TOTAL);
		cards.forEach(totals::add);
		return totals;
	}

	/** One row per team, by team name; people without a team last, under their own label. */
	static List<Totals> byTeam(List<Scorecard> cards) {
		Map<String, Totals> teams = new TreeMap<>(Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder()));
		for (Scorecard card : cards) {
			String team = card.month().person().team();
			String key = team == null ? "" : team.strip();
			teams.computeIfAbsent(key, Totals::new).add(card);
		}
		return new ArrayList<>(teams.values());
	}

	private void add(Scorecard card) {
		people++;
		if (card.rank() != null) {
			ranked++;
			rankedFinalSum = rankedFinalSum.add(card.finalScore());
		}
		reward += card.tier() == Tier.REWARD ? 1 : 0;
		warning += card.tier() == Tier.WARNING ? 1 : 0;
		notEvaluated += card.tier() == Tier.NOT_EVALUATED ? 1 : 0;
		deductionPoints += card.month().deductionPoints();
		deductionAmount = deductionAmount.add(card.deductionAmount());
		rewardAmount = rewardAmount.add(card.rewardAmount());
	}

	int people() {
		return people;
	}

	int ranked() {
		return ranked;
	}

	int reward() {
		return reward;
	}

	int warning() {
		return warning;
	}

	int notEvaluated() {
		return notEvaluated;
	}

	int deductionPoints() {
		return deductionPoints;
	}

	BigDecimal deductionAmount() {
		return deductionAmount;
	}

	BigDecimal rewardAmount() {
		return rewardAmount;
	}

	String averageFinal() {
		return ranked == 0 ? Texts.NONE
				: Texts.score(rankedFinalSum.divide(BigDecimal.valueOf(ranked), 2, RoundingMode.HALF_UP));
	}

	/** The fields of summary-teams.jrxml. */
	Object read(String field) {
		return switch (field) {
			case "team" -> TOTAL.equals(team) ? TOTAL : Texts.team(team);
			case "total" -> TOTAL.equals(team);
			case "people" -> people;
			case "ranked" -> ranked;
			case "reward" -> reward;
			case "warning" -> warning;
			case "notEvaluated" -> notEvaluated;
			case "deductionPoints" -> deductionPoints;
			case "averageFinal" -> averageFinal();
			case "deductionAmount" -> Texts.money(deductionAmount);
			case "rewardAmount" -> Texts.money(rewardAmount);
			default -> throw new IllegalArgumentException("a team row has no field '" + field + "'");
		};
	}

}
