package com.conductledger.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.conductledger.dispute.DisputeMarks;
import com.conductledger.ingest.PeopleFileCheck;
import com.conductledger.payroll.PayrollFile;
import com.conductledger.reporting.excel.ScorecardWorkbookWriter;
import com.conductledger.reporting.pdf.MeetingPackWriter;
import com.conductledger.payroll.PayrollManifest;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.progress.Progress;
import com.conductledger.progress.ProgressBoard;
import com.conductledger.scoring.job.LedgerCsv;

/**
 * Writes a scored period's outputs of formats.md into {@code OUT/YYYY-MM/}: the ledger and its data
 * warnings, the scorecard workbook, the PDF meeting packs (full and per team), the payroll file and
 * its manifest. The command line, the nightly run and the web's rescore and close all write them
 * through here, so a period's folder always holds the same set. The manifest says whether the people
 * file was there ({@link PeopleFileCheck}): a payroll is never written from a missing or failed
 * people file without saying so.
 */
@Service
public class MonthlyOutputs {

	private static final Logger log = LoggerFactory.getLogger(MonthlyOutputs.class);

	private final MonthReportAssembler assembler;

	private final PeriodRegistry periods;

	private final ProgressBoard progress;

	private final LedgerCsv ledgerCsv;

	private final PeriodHistories histories;

	private final PeopleFileCheck peopleFile;

	private final DisputeMarks disputes;

	MonthlyOutputs(MonthReportAssembler assembler, PeriodRegistry periods, ProgressBoard progress, LedgerCsv ledgerCsv,
			PeriodHistories histories, PeopleFileCheck peopleFile, DisputeMarks disputes) {
		this.disputes = disputes;
		this.histories = histories;
		this.assembler = assembler;
		this.periods = periods;
		this.progress = progress;
		this.ledgerCsv = ledgerCsv;
		this.peopleFile = peopleFile;
	}

	/** Writes every output of the period; returns the files written and the payroll manifest. */
	public Written write(Period period, Path periodOut, boolean finalized) {
		if (periods.find(period.name()).map(PeriodStatus::isFinal).orElse(false)) {
			throw new IllegalStateException("period " + period.name()
					+ " is FINAL: its reports and payroll file were produced once at the close and are not rewritten");
		}
		MonthReport report = assembler.assemble(period, finalized);
		try {
			Files.createDirectories(periodOut);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create " + periodOut + ": " + ex.getMessage(), ex);
		}
		Progress reported = progress.current();
		reported.phase("Reports " + period.name(), "files", 3 + MeetingPackWriter.packCount(report));
		List<Path> files = new ArrayList<>();
		Path ledgerFile = periodOut.resolve("ledger-" + period.name() + ".csv");
		LedgerCsv.Totals ledger = ledgerCsv.writeLedger(ledgerFile, period.name());
		Path warningsFile = periodOut.resolve("data-warnings-" + period.name() + ".csv");
		int warnings = ledgerCsv.writeWarnings(warningsFile, period.name());
		files.add(ledgerFile);
		files.add(warningsFile);
		log.info("period {}: wrote {} and {}", period.name(), ledgerFile.getFileName(), warningsFile.getFileName());
		reported.advance(1);
		Path workbook = periodOut.resolve(ScorecardWorkbookWriter.fileName(period));
		new ScorecardWorkbookWriter().write(report, disputes.ofPeriod(period.name()), workbook);
		files.add(workbook);
		log.info("period {}: wrote {}", period.name(), workbook.getFileName());
		reported.advance(1);
		files.addAll(new MeetingPackWriter().writeAll(report, periodOut, () -> reported.advance(1)));
		log.info("period {}: wrote the PDF packs", period.name());
		Path payroll = periodOut.resolve("payroll-" + period.name() + ".csv");
		Path manifestFile = periodOut.resolve("payroll-" + period.name() + ".manifest.json");
		PeopleFileCheck.Result people = peopleFile.check(period.firstDate(), period.lastDate());
		PayrollManifest manifest = PayrollFile.write(report, payroll, manifestFile, people.state().name(),
				people.warnings());
		people.warnings().forEach(warning -> log.warn("payroll {}: {}", period.name(), warning));
		files.add(payroll);
		files.add(manifestFile);
		log.info("period {}: wrote {} and {}", period.name(), payroll.getFileName(), manifestFile.getFileName());
		reported.advance(1);
		periods.reportsWritten(period.name());
		histories.written(period, report.scorecards());
		return new Written(files, manifest, report, ledger, warnings);
	}

	/** The files written (the ledger and the data warnings first), the payroll's figures, the ledger's totals. */
	public record Written(List<Path> files, PayrollManifest manifest, MonthReport report, LedgerCsv.Totals ledger,
			int warnings) {

		public Path ledgerFile() {
			return files.get(0);
		}

		public Path warningsFile() {
			return files.get(1);
		}

		/** The reports and the payroll files, after the ledger and its warnings. */
		public List<Path> reportFiles() {
			return files.subList(2, files.size());
		}

	}

}
