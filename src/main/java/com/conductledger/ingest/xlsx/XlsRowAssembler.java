package com.conductledger.ingest.xlsx;

import java.util.function.Consumer;

import org.apache.poi.ss.util.CellReference;

import com.conductledger.ingest.RawRow;

/**
 * Feeds the cell records of a legacy sheet, which come row by row, to a {@link SheetRowCollector}
 * as the .xlsx parser does, so that both formats give the same rows under the same limits.
 */
final class XlsRowAssembler {

	private final SheetRowCollector collector;

	private int row = -1;

	XlsRowAssembler(Consumer<SheetRow> sink) {
		this.collector = new SheetRowCollector(sink);
	}

	/** A cell's text (null for none) at 0-based row and column. */
	void cell(int rowIndex, int column, String text) {
		if (rowIndex != row) {
			finish();
			collector.startRow(rowIndex);
			row = rowIndex;
		}
		String kept = text != null && text.length() > RawRow.MAX_CELL_READ ? text.substring(0, RawRow.MAX_CELL_READ)
				: text;
		collector.cell(new CellReference(rowIndex, column).formatAsString(false), kept, null);
	}

	/** Ends the row under way, if any. */
	void finish() {
		if (row >= 0) {
			collector.endRow(row);
			row = -1;
		}
	}

}
