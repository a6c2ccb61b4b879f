package com.conductledger.ingest.xlsx;

import java.nio.file.Path;

/** Reads the first sheet of an .xlsx workbook (Office Open XML) by SAX: see {@link WorkbookRowReader}. */
public class XlsxRowReader extends WorkbookRowReader {

	public XlsxRowReader(Path file) {
		this(file, file.toString());
	}

	public XlsxRowReader(Path file, String displayName) {
		super(file, displayName);
	}

	@Override
	FirstSheet openWorkbook(Path file, Path shownAs) {
		return XlsxWorkbook.open(file, shownAs);
	}

	@Override
	String threadName(Path file) {
		return "xlsx-reader " + file.getFileName();
	}

}
