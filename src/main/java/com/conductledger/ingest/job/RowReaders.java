package com.conductledger.ingest.job;

import java.nio.charset.Charset;
import java.nio.file.Path;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.RowReader;
import com.conductledger.ingest.csv.CsvEncoding;
import com.conductledger.ingest.csv.CsvRowReader;
import com.conductledger.ingest.xlsx.WorkbookRowReader;

/** The reader of a received file: a workbook by its content (.xlsx or .xls), a CSV in its detected encoding. */
final class RowReaders {

	private RowReaders() {
	}

	/** @param encoding the CSV's encoding as detected when it was received; null to detect it again */
	static RowReader open(InputKind kind, Path file, String name, String encoding) {
		if (kind.isWorkbook()) {
			return WorkbookRowReader.forFile(file, name);
		}
		Charset charset = encoding == null ? CsvEncoding.detect(file, name) : Charset.forName(encoding);
		return new CsvRowReader(file, name, charset);
	}

}
