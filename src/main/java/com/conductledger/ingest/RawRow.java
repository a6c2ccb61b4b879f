package com.conductledger.ingest;

import java.util.Map;

/**
 * One data row of an input file as text, before validation: the cells by lower-case column
 * name, and where the row stands (sheet is null for CSV; row counts the header as row 1).
 */
public record RawRow(String sheet, int row, Map<String, String> cells, String structureProblem) {

	public RawRow {
		cells = Map.copyOf(cells);
	}

	public RawRow(String sheet, int row, Map<String, String> cells) {
		this(sheet, row, cells, null);
	}

	/** A row that cannot be split into the header's columns (e.g. a CSV line with too many fields). */
	public static RawRow malformed(int row, String problem) {
		return new RawRow(null, row, Map.of(), problem);
	}

	public boolean isBlank() {
		return structureProblem == null && cells.values().stream().allMatch(value -> value == null || value.isBlank());
	}

	/** The trimmed cell of that column, or "" when blank or absent. */
	public String cell(String column) {
		String value = cells.get(column);
		return value == null ? "" : value.trim();
	}

}
