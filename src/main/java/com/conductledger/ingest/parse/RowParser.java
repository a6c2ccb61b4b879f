package com.conductledger.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.ParsedRow;
import com.conductledger.ingest.Problem;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.store.FactRow;
import com.conductledger.ingest.store.FactTable;

/** Validates the rows of one kind of input file and turns the valid ones into fact rows. */
public abstract class RowParser {

	static final List<String> SHIFTS = List.of("DAY", "EVENING", "NIGHT");

	private final InputKind kind;

	private final KnownPeople people;

	RowParser(InputKind kind, KnownPeople people) {
		this.kind = kind;
		this.people = people;
	}

	/** The header columns this kind requires, beyond which columns are ignored. */
	public List<String> requiredColumns() {
		return kind.columns();
	}

	/** The column holding the date that places a row in a period, or null (agents.csv). */
	String dateColumn() {
		return "date";
	}

	public ParsedRow parse(RawRow row) {
		if (row.structureProblem() != null) {
			return new ParsedRow.Rejected(row, List.of(new Problem("", "", row.structureProblem())));
		}
		RowCells cells = new RowCells(row, kind);
		List<FactRow> rows = read(cells, row);
		if (cells.hasProblems()) {
			return new ParsedRow.Rejected(row, List.copyOf(cells.problems()), rowDate(row));
		}
		FactRow main = rows.get(0);
		Map<String, Object> key = new LinkedHashMap<>();
		main.table().key().forEach(column -> key.put(column, main.values().get(column)));
		String factKey = key.values().stream().map(String::valueOf).collect(Collectors.joining("|"));
		return new ParsedRow.Accepted(row, factKey, key, rows);
	}

	/** Reads the row's cells (recording problems in {@code cells}); the main table's row first. */
	abstract List<FactRow> read(RowCells cells, RawRow row);

	/** A person id that must be in agents.csv; blank gives null (with a problem when required). */
	final String person(RowCells cells, String column, boolean required) {
		String id = required ? cells.text(column) : cells.optional(column);
		if (id != null && !people.contains(id)) {
			cells.rejectUnknownPerson(column);
			return null;
		}
		return id;
	}

	private LocalDate rowDate(RawRow row) {
		String column = dateColumn();
		return column == null ? null : CellDates.date(row.cell(column));
	}

	static Map<String, Object> values(Object... columnsAndValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			values.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
		}
		return values;
	}

	static List<FactRow> one(FactTable table, Map<String, Object> values) {
		List<FactRow> rows = new ArrayList<>(1);
		rows.add(new FactRow(table, values));
		return rows;
	}

}
