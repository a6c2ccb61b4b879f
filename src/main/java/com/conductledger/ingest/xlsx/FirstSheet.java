package com.conductledger.ingest.xlsx;

import java.util.List;
import java.util.function.Consumer;

/** An opened workbook whose first sheet can be streamed as {@link SheetRow}s: .xlsx or legacy .xls. */
interface FirstSheet extends AutoCloseable {

	String sheetName();

	/** Every sheet's name, in the workbook's order (the first is the one read). */
	List<String> sheetNames();

	/** Parses the first sheet, pushing each row into the sink; blocks until the sheet ends or the sink throws. */
	void parseFirstSheet(Consumer<SheetRow> sink) throws Exception;

	@Override
	void close();

}
