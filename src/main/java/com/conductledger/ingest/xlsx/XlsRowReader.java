package com.conductledger.ingest.xlsx;

import java.nio.file.Path;

/**
 * Reads the first sheet of a legacy Excel 97-2003 workbook (.xls) with POI's HSSF event API,
 * record by record: the same rows, checks and messages as {@link XlsxRowReader}.
 */
public class XlsRowReader extends WorkbookRowReader {

	public XlsRowReader(Path file) {
		this(file, file.toString());
	}

	public XlsRowReader(Path file, String displayName) {
		super(file, displayName);
	}

	@Override
	FirstSheet openWorkbook(Path file, Path shownAs) {
		return XlsWorkbook.open(file, shownAs);
	}

	@Override
	String threadName(Path file) {
		return "xls-reader " + file.getFileName();
	}

}
