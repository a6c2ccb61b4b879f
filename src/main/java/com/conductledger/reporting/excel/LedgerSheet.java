package com.conductledger.reporting.excel;

import java.util.List;
import java.util.Map;

import com.conductledger.explain.Explanations;
import com.conductledger.explain.Labels;
import com.conductledger.reporting.LedgerSource;
import com.conductledger.reporting.excel.Column.Kind;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scoring.rules.LedgerEntry;

/**
 * Sheet {@code Ledger}: every ledger entry of the period with its source (rules.md 8), in the
 * ledger's order: the rule's name and the plain explanation (the same as the web's and the PDF's)
 * beside the reasons as stored. Entries are written as they stream in and never gathered.
 */
final class LedgerSheet {

	static final String NAME = "Ledger";

	static final List<Column> COLUMNS = List.of(Column.of("period", "周期", Kind.ID), Column.of("person_id", "工号", Kind.ID),
			Column.of("name", "姓名", Kind.NAME), Column.of("rule_id", "规则", Kind.TEXT), Column.of("rule_name", "规则名称", Kind.TEXT),
			Column.of("article", "条款", Kind.TEXT), Column.of("date", "日期", Kind.DATE), Column.of("shift", "班次", Kind.ID),
			Column.of("points", "扣分", Kind.INTEGER), Column.of("explanation", "说明", Kind.LONG_TEXT),
			Column.of("reasons", "原因", Kind.LONG_TEXT), Column.of("source", "来源", Kind.LONG_TEXT));

	private final TableSheet table;

	private final String period;

	/** The people of the month's scorecards by id, to name the people of the entries. */
	private final Map<String, String> namesById;

	private long rows;

	LedgerSheet(TableSheet table, String period, Map<String, String> namesById) {
		this.table = table;
		this.period = period;
		this.namesById = namesById;
	}

	/** Writes every entry of the source and returns how many there were. */
	long write(LedgerSource ledger) {
		ledger.forEachEntry(this::write);
		table.finish();
		return rows;
	}

	private void write(LedgerEntry entry) {
		table.row()
			.text(period)
			.text(entry.personId())
			.text(namesById.get(entry.personId()))
			.text(entry.ruleId())
			.text(Labels.rule(entry.ruleId()).toString())
			.text(Explanations.article(entry))
			.date(entry.date())
			.text(entry.shift() == null ? null : entry.shift().name())
			.integer(entry.points())
			.text(Explanations.of(entry).text())
			.text(String.join(LedgerStore.REASON_SEPARATOR, entry.reasons()))
			.text(entry.source() == null ? null : entry.source().toString());
		rows++;
	}

}
