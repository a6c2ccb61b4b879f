package com.conductledger.cli;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import com.conductledger.export.CsvWriter;
import com.conductledger.ingest.FileOutcome;
import com.conductledger.ingest.IngestReport;
import com.conductledger.ingest.store.RejectedRowStore;

/**
 * Writes {@code rejected-rows.csv} (formats.md: file, row, column, value, reason) for the files of
 * a run, including those taken before, so the same folder always gives the same report. A file
 * that could not be read at all is one line with its reason and no row.
 */
@Component
class RejectedRowsCsv {

	private final RejectedRowStore rejections;

	RejectedRowsCsv(RejectedRowStore rejections) {
		this.rejections = rejections;
	}

	void write(Path target, IngestReport report) {
		try (CsvWriter csv = new CsvWriter(target)) {
			csv.row("file", "row", "column", "value", "reason");
			for (FileOutcome file : report.files()) {
				if (file.result() == FileOutcome.Result.FAILED) {
					csv.text(file.name()).text("").text("").text("").text(file.failure()).endRow();
				}
				if (file.sourceFileId() != null) {
					rejections.forEachLine(file.sourceFileId(), line -> csv.text(file.name())
						.number(line.row())
						.text(line.column())
						.text(line.value())
						.text(line.reason())
						.endRow());
				}
			}
		}
	}

}
