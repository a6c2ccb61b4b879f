package com.conductledger.web.periods;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.conductledger.reporting.RejectedRowsReport;
import com.conductledger.web.Downloads;
import com.conductledger.web.OutputFile;
import com.conductledger.web.PeriodFolder.Download;
import com.conductledger.web.Periods;

/**
 * A period's {@code rejected-rows.csv} as it stands when it is downloaded, made from the database:
 * it holds the rows of web uploads and the nightly inbox too, not only those of the last run.
 */
@Component
class PeriodRejectedRows {

	static final String NAME = "rejected-rows.csv";

	private final RejectedRowsReport report;

	private final Periods periods;

	PeriodRejectedRows(RejectedRowsReport report, Periods periods) {
		this.report = report;
		this.periods = periods;
	}

	static boolean isIt(String fileName) {
		return NAME.equals(fileName);
	}

	ResponseEntity<Resource> download(String period) {
		periods.status(period);
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		report.write(csv, periods.period(period));
		return Downloads.of(new ByteArrayResource(csv.toByteArray()), NAME);
	}

	/** The period's files, the rejected rows among them whether the run wrote them or not. */
	static List<Download> withRejectedRows(List<Download> files) {
		if (files.stream().anyMatch(file -> isIt(file.name()))) {
			return files;
		}
		List<Download> all = new ArrayList<>(files);
		all.add(new Download(NAME, OutputFile.REJECTED_ROWS.label(), OutputFile.REJECTED_ROWS));
		all.sort(Comparator.comparing(Download::name));
		return all;
	}

}
