package com.conductledger.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

	private final int threads;

	private final TeamPackFiles teamPacks;

	MonthlyOutputs(MonthReportAssembler assembler, PeriodRegistry periods, ProgressBoard progress, LedgerCsv ledgerCsv,
			PeriodHistories histories, PeopleFileCheck peopleFile, DisputeMarks disputes, TeamPackFiles teamPacks,
			@Value("${ledger.reports.threads:0}") int threads) {
		if (threads < 0) {
			throw new IllegalArgumentException("ledger.reports.threads must be 0 (the machine's cores) or more, got " + threads);
		}
		this.disputes = disputes;
		this.teamPacks = teamPacks;
		this.threads = threads == 0 ? Math.min(4, Runtime.getRuntime().availableProcessors()) : threads;
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
		boolean withTeamPacks = teamPacks.writtenByRun(finalized);
		Progress reported = progress.current();
		reported.phase("Reports " + period.name(), "files", 3 + (withTeamPacks ? MeetingPackWriter.packCount(report) : 1));
		List<Path> files = new ArrayList<>();
		Path ledgerFile = periodOut.resolve("ledger-" + period.name() + ".csv");
		Path warningsFile = periodOut.resolve("data-warnings-" + period.name() + ".csv");
		Path workbook = periodOut.resolve(ScorecardWorkbookWriter.fileName(period));
		files.add(ledgerFile);
		files.add(warningsFile);
		files.add(workbook);
		Supplier<LedgerFiles> ledgerAndWorkbook = () -> {
			LedgerFiles written = new LedgerFiles(ledgerCsv.writeLedger(ledgerFile, period.name()),
					ledgerCsv.writeWarnings(warningsFile, period.name()));
			log.info("period {}: wrote {} and {}", period.name(), ledgerFile.getFileName(), warningsFile.getFileName());
			reported.advance(1);
			new ScorecardWorkbookWriter().write(report, disputes.ofPeriod(period.name()), workbook);
			log.info("period {}: wrote {}", period.name(), workbook.getFileName());
			reported.advance(1);
			return written;
		};
		LedgerFiles ledgerFiles;
		if (threads == 1) {
			ledgerFiles = ledgerAndWorkbook.get();
			writePacks(report, periodOut, reported, files, withTeamPacks);
		}
		else {
			CompletableFuture<LedgerFiles> beside = CompletableFuture.supplyAsync(ledgerAndWorkbook, task -> {
				Thread thread = new Thread(task, "ledger-workbook-" + period.name());
				thread.setDaemon(true);
				thread.start();
			});
			try {
				writePacks(report, periodOut, reported, files, withTeamPacks);
			}
			catch (RuntimeException | Error ex) {
				try {
					beside.join();
				}
				catch (CompletionException besideFailure) {
					ex.addSuppressed(besideFailure.getCause());
				}
				throw ex;
			}
			ledgerFiles = join(beside);
		}
		LedgerCsv.Totals ledger = ledgerFiles.ledger();
		int warnings = ledgerFiles.warnings();
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

	/**
	 * The full pack, and the team packs when the run writes them; otherwise the team packs kept from
	 * the reports before are removed once the new full pack is there ({@link TeamPackFiles}).
	 */
	private void writePacks(MonthReport report, Path periodOut, Progress reported, List<Path> files,
			boolean withTeamPacks) {
		String name = report.period().name();
		MeetingPackWriter writer = new MeetingPackWriter(threads);
		Runnable afterEachPack = () -> reported.advance(1);
		if (withTeamPacks) {
			TeamPackFiles.removeKept(periodOut, report.period());
			log.info("period {}: writing the PDF packs, {} at a time", name, threads);
			files.addAll(writer.write(report, periodOut, afterEachPack, true));
			log.info("period {}: wrote the PDF packs", name);
			return;
		}
		log.info("period {}: writing the full PDF pack (team packs are rendered when asked for)", name);
		files.addAll(writer.write(report, periodOut, afterEachPack, false));
		int removed = TeamPackFiles.removeKept(periodOut, report.period());
		log.info("period {}: wrote the full PDF pack; {} team packs of the reports before removed", name, removed);
	}

	/** Waits for the ledger files and the workbook; their failure is the run's failure, as when written alone. */
	private static LedgerFiles join(CompletableFuture<LedgerFiles> beside) {
		try {
			return beside.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/** The ledger's and the data warnings' figures, from the thread that wrote them. */
	private record LedgerFiles(LedgerCsv.Totals ledger, int warnings) {
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
