package com.conductledger.ingest.xlsx;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One spreadsheet row as the sheet gave it: its 1-based Excel row number, its cell texts by column
 * index (null where absent), and the columns holding a formula without a calculated value (their
 * text is the formula).
 */
record SheetRow(int number, List<String> cells, Set<Integer> uncachedFormulas) {

	SheetRow {
		cells = Collections.unmodifiableList(cells);
		uncachedFormulas = Set.copyOf(uncachedFormulas);
	}

	SheetRow(int number, List<String> cells) {
		this(number, cells, Set.of());
	}

	/** The text of the cell in that 0-based column, or null when the row has none there. */
	String cell(int column) {
		return column < cells.size() ? cells.get(column) : null;
	}

}
