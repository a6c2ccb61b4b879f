package com.conductledger.reporting;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.conductledger.export.CsvWriter;
import com.conductledger.ingest.FileOutcome;
import com.conductledger.ingest.store.RejectedRowStore;
import com.conductledger.ingest.store.RejectedRowStore.FileLine;
import com.conductledger.ingest.store.RejectedRowStore.PeriodWindow;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;

/**
 * {@code rejected-rows.csv} (formats.md: file, row, column, value, reason) of a period, whatever way
 * the files came (the run's folder, the nightly inbox, web uploads): every row still rejected that
 * is dated in the period, and every row without a readable date (agents.csv, a bad date) or file
 * that could not be read at all, from files received while the period was open. The run lists its
 * own files whole first, so the same folder always gives the same report. A row taken later by a
 * retry is no longer listed.
 */
@Component
public class RejectedRowsReport {

	private static final String[] HEADER = { "file", "row", "column", "value", "reason" };

	private final RejectedRowStore rejections;

	private final PeriodRegistry periods;

	RejectedRowsReport(RejectedRowStore rejections, PeriodRegistry periods) {
		this.rejections = rejections;
		this.periods = periods;
	}

	/** The run's report: its files whole (those taken before too), then the period's other rows. */
	public void write(Path target, Period period, List<FileOutcome> runFiles) {
		try (CsvWriter csv = CsvWriter.whole(target)) {
			csv.row(HEADER);
			Set<Long> listed = new LinkedHashSet<>();
			for (FileOutcome file : runFiles) {
				if (file.result() == FileOutcome.Result.FAILED) {
					csv.text(file.name()).text("").text("").text("").text(file.failure()).endRow();
				}
				if (file.sourceFileId() != null && listed.add(file.sourceFileId())) {
					rejections.forEachLine(file.sourceFileId(), line -> line(csv, file.name(), line));
				}
			}
			periodLines(csv, period, listed);
			csv.complete();
		}
	}

	/** The period's report as it stands now (the web's download). */
	public void write(OutputStream target, Period period) {
		try (CsvWriter csv = new CsvWriter(target)) {
			csv.row(HEADER);
			periodLines(csv, period, Set.of());
		}
	}

	private void periodLines(CsvWriter csv, Period period, Set<Long> excluded) {
		PeriodWindow window = window(period);
		for (FileLine failed : rejections.failedFilesOfPeriod(window, excluded)) {
			csv.text(failed.file()).text("").text("").text("").text(failed.line().reason()).endRow();
		}
		rejections.forEachLineOfPeriod(window, excluded, line -> line(csv, line.file(), line.line()));
	}

	private PeriodWindow window(Period period) {
		Optional<PeriodStatus> previous = periods.find(period.previous().name());
		Optional<PeriodStatus> own = periods.find(period.name());
		return new PeriodWindow(period.firstDate(), period.lastDate(),
				previous.filter(PeriodStatus::isFinal).map(PeriodStatus::closedAt).orElse(null),
				own.filter(PeriodStatus::isFinal).map(PeriodStatus::closedAt).orElse(null));
	}

	private static void line(CsvWriter csv, String file, RejectedRowStore.RejectedLine line) {
		csv.text(file).number(line.row()).text(line.column()).text(line.value()).text(line.reason()).endRow();
	}

}
