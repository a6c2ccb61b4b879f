package com.conductledger.reporting.excel;

import java.util.List;

import com.conductledger.reporting.excel.Column.Kind;
import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.PersonMonth;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scoring.rules.Person;

/** Sheet {@code Summary}: one row per scorecard, in the order of the report (ranked agents first, by rank). */
final class SummarySheet {

	static final String NAME = "Summary";

	static final List<Column> COLUMNS = List.of(Column.of("rank", Kind.INTEGER), Column.of("agent_id", Kind.ID),
			Column.of("name", Kind.NAME), Column.of("team", Kind.ID), Column.of("evaluations", Kind.INTEGER),
			Column.of("qa_average", Kind.DECIMAL), Column.of("attendance", Kind.INTEGER),
			Column.of("leave", Kind.INTEGER), Column.of("swaps", Kind.INTEGER), Column.of("breaks", Kind.INTEGER),
			Column.of("conduct", Kind.INTEGER), Column.of("deduction_points", Kind.INTEGER),
			Column.of("final_score", Kind.DECIMAL), Column.of("tier", Kind.CODE),
			Column.of("deduction_amount", Kind.DECIMAL), Column.of("reward_amount", Kind.DECIMAL),
			Column.of("net_amount", Kind.DECIMAL));

	private final TableSheet table;

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
				.decimal(card.deductionAmount())
				.decimal(card.rewardAmount())
				.decimal(card.netAmount());
		}
		table.finish();
	}

}
