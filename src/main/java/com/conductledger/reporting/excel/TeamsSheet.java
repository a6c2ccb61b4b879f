package com.conductledger.reporting.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.conductledger.reporting.excel.Column.Kind;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.Tier;

/** Sheet {@code Teams}: the month rolled up per team, teams in name order. */
final class TeamsSheet {

	static final String NAME = "Teams";

	static final List<Column> COLUMNS = List.of(Column.of("team", "团队", Kind.ID), Column.of("people", "人数", Kind.INTEGER),
			Column.of("evaluated", "已评估", Kind.INTEGER), Column.of("average_final_score", "平均最终分", Kind.DECIMAL),
			Column.of("deduction_points", "扣分", Kind.INTEGER), Column.of("reward_count", "奖励人数", Kind.INTEGER),
			Column.of("warning_count", "警告人数", Kind.INTEGER), Column.of("deduction_amount", "扣款", Kind.DECIMAL),
			Column.of("reward_amount", "奖励", Kind.DECIMAL), Column.of("net_amount", "净额", Kind.DECIMAL));

	private final TableSheet table;

	TeamsSheet(TableSheet table) {
		this.table = table;
	}

	void write(List<Scorecard> scorecards) {
		Map<String, TeamTotals> teams = new TreeMap<>();
		for (Scorecard card : scorecards) {
			String team = Objects.toString(card.month().person().team(), "");
			teams.computeIfAbsent(team, name -> new TeamTotals()).add(card);
		}
		teams.forEach((team, totals) -> table.row()
			.text(team)
			.integer(totals.people)
			.integer(totals.evaluated)
			.decimal(totals.averageFinalScore())
			.integer(totals.deductionPoints)
			.integer(totals.rewards)
			.integer(totals.warnings)
			.decimal(totals.deductionAmount)
			.decimal(totals.rewardAmount)
			.decimal(totals.rewardAmount.subtract(totals.deductionAmount)));
		table.finish();
	}

	/** One team's sums over its scorecards. */
	private static final class TeamTotals {

		private int people;

		private int evaluated;

		private BigDecimal finalScoreSum = BigDecimal.ZERO;

		private int deductionPoints;

		private int rewards;

		private int warnings;

		private BigDecimal deductionAmount = BigDecimal.ZERO.setScale(2);

		private BigDecimal rewardAmount = BigDecimal.ZERO.setScale(2);

		void add(Scorecard card) {
			people++;
			if (card.finalScore() != null) {
				evaluated++;
				finalScoreSum = finalScoreSum.add(card.finalScore());
			}
			deductionPoints += card.month().deductionPoints();
			rewards += card.tier() == Tier.REWARD ? 1 : 0;
			warnings += card.tier() == Tier.WARNING ? 1 : 0;
			deductionAmount = deductionAmount.add(card.deductionAmount());
			rewardAmount = rewardAmount.add(card.rewardAmount());
		}

		/** The mean final score of the evaluated people, half-up to 2 decimals as qa_average is; null when none. */
		BigDecimal averageFinalScore() {
			return evaluated == 0 ? null
					: finalScoreSum.divide(BigDecimal.valueOf(evaluated), 2, RoundingMode.HALF_UP);
		}

	}

}
