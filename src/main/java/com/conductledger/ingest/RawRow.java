package com.conductledger.ingest;

import java.util.Map;

/**
 * One data row of an input file as text, before validation: the cells by lower-case column
 * name, and where the row stands (sheet is null for CSV; row counts the header as row 1).
 * {@code unreadable} names the cells whose value the file does not hold (a formula Excel never
 * calculated), with the reason; their text in {@code cells} is what the file holds instead.
 */
public record RawRow(String sheet, int row, Map<String, String> cells, String structureProblem,
		Map<String, String> unreadable) {

	/**
	 * The most of one cell's text a reader keeps, in UTF-16 units: room for a cell at the largest
	 * maximum (32,767 characters, even if every one is an emoji), plus one to tell that it is longer.
	 */
	public static final int MAX_CELL_READ = 2 * 32_767 + 2;

	public RawRow {
		cells = Map.copyOf(cells);
		unreadable = Map.copyOf(unreadable);
	}

	public RawRow(String sheet, int row, Map<String, String> cells) {
		this(sheet, row, cells, null, Map.of());
	}

	public RawRow(String sheet, int row, Map<String, String> cells, String structureProblem) {
		this(sheet, row, cells, structureProblem, Map.of());
	}

	/** A row that cannot be split into the header's columns (e.g. a CSV line with too many fields). */
	public static RawRow malformed(int row, String problem) {
		return new RawRow(null, row, Map.of(), problem);
	}

	public boolean isBlank() {
		return structureProblem == null && unreadable.isEmpty()
				&& cells.values().stream().allMatch(value -> value == null || value.isBlank());
	}

	/** The trimmed cell of that column, or "" when blank or absent. */
	public String cell(String column) {
		String value = cells.get(column);
		return value == null ? "" : value.trim();
	}

	/** The cell as the file holds it, untrimmed, or null when absent. */
	public String rawCell(String column) {
		return cells.get(column);
	}

}
