package com.conductledger.reporting.excel;

import java.util.List;

import com.conductledger.explain.Labels;
import com.conductledger.reporting.excel.Column.Kind;
import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.PersonMonth;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scoring.rules.Person;

/**
 * Sheet {@code Summary}: one row per scorecard, in the order of the report (ranked agents first, by
 * rank); the tier as its code and as every medium names it.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	static final List<Column> COLUMNS = List.of(Column.of("rank", "排名", Kind.INTEGER), Column.of("agent_id", "工号", Kind.ID),
			Column.of("name", "姓名", Kind.NAME), Column.of("team", "团队", Kind.ID), Column.of("evaluations", "质检次数", Kind.INTEGER),
			Column.of("qa_average", "质检均分", Kind.DECIMAL), category("attendance", Category.ATTENDANCE),
			category("leave", Category.LEAVE), category("swaps", Category.SWAPS), category("breaks", Category.BREAKS),
			category("conduct", Category.CONDUCT), Column.of("deduction_points", "扣分", Kind.INTEGER),
			Column.of("final_score", "最终得分", Kind.DECIMAL), Column.of("tier", "等级", Kind.CODE),
			Column.of("tier_label", "等级名称", Kind.CODE),
			Column.of("deduction_amount", "扣款", Kind.DECIMAL), Column.of("reward_amount", "奖励", Kind.DECIMAL),
			Column.of("net_amount", "净额", Kind.DECIMAL));

	private final TableSheet table;

	private static Column category(String name, Category category) {
		return Column.of(name, Labels.category(category).chinese(), Kind.INTEGER);
	}

	SummarySheet(TableSheet table) {
		this.table = table;
	}

	void write(List<Scorecard> scorecards) {
		for (Scorecard card : scorecards) {
			PersonMonth month = card.month();
			Person person = month.person();
			table.row()
				.integer(card.rank())
				.text(person.id())
				.text(person.name())
				.text(person.team())
				.integer(month.scoredEvaluations())
				.decimal(card.qaAverage());
			for (Category category : Category.values()) {
				table.integer(month.points(category));
			}
			table.integer(month.deductionPoints())
				.decimal(card.finalScore())
				.text(card.tier().name())
				.text(Labels.tier(card.tier()).toString())
				.decimal(card.deductionAmount())
				.decimal(card.rewardAmount())
				.decimal(card.netAmount());
		}
		table.finish();
	}

}
