package com.conductledger.ingest.xlsx;

import java.util.Collections;
import java.util.List;

/** One spreadsheet row as the sheet XML gave it: its 1-based Excel row number and its cell texts by column index (null where absent). */
record SheetRow(int number, List<String> cells) {

	SheetRow {
		cells = Collections.unmodifiableList(cells);
	}

	/** The text of the cell in that 0-based column, or null when the row has none there. */
	String cell(int column) {
		return column < cells.size() ? cells.get(column) : null;
	}

}
