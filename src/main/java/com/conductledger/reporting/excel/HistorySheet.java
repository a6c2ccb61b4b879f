package com.conductledger.reporting.excel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.conductledger.history.MonthFigures;
import com.conductledger.history.PeriodHistory;
import com.conductledger.reporting.excel.Column.Kind;

/**
 * Sheet {@code History}: person by period, the period's own and up to six before it as their
 * reports showed them: final score, deduction points and tier of each. People of this period come
 * first, in its order; people seen only earlier follow by id.
 */
final class HistorySheet {

	static final String NAME = "History";

	private final TableSheet table;

	HistorySheet(TableSheet table) {
		this.table = table;
	}

	static List<Column> columns(PeriodHistory history) {
		List<Column> columns = new ArrayList<>(List.of(Column.of("agent_id", "工号", Kind.ID),
				Column.of("name", "姓名", Kind.NAME), Column.of("team", "团队", Kind.ID)));
		for (String period : history.periods()) {
			columns.add(Column.of(period + "_final", "最终分", Kind.DECIMAL));
			columns.add(Column.of(period + "_points", "扣分", Kind.INTEGER));
			columns.add(Column.of(period + "_tier", "等级", Kind.CODE));
		}
		return columns;
	}

	void write(PeriodHistory history) {
		Set<String> people = new LinkedHashSet<>();
		history.people(history.current()).forEach(person -> people.add(person.personId()));
		history.periods().stream()
			.flatMap(period -> history.people(period).stream())
			.map(MonthFigures::personId)
			.sorted()
			.forEach(people::add);
		for (String id : people) {
			List<MonthFigures> months = history.person(id);
			MonthFigures latest = months.stream().filter(month -> month != null).reduce((a, b) -> b).orElseThrow();
			table.row().text(id).text(latest.name()).text(latest.team());
			for (MonthFigures month : months) {
				if (month == null) {
					table.blank().blank().blank();
				}
				else {
					table.decimal(month.finalScore()).integer(month.deductionPoints()).text(month.tier().name());
				}
			}
		}
		table.finish();
	}

}
