package com.conductledger.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.FailureReason;
import com.conductledger.ingest.FileOutcome;
import com.conductledger.ingest.FolderIngest;
import com.conductledger.ingest.IngestReport;
import com.conductledger.ingest.InputFileException;
import com.conductledger.lease.AbandonedExecutions;
import com.conductledger.lease.LeaseBusyException;
import com.conductledger.lease.RunLease;
import com.conductledger.period.Period;
import com.conductledger.progress.Progress;
import com.conductledger.progress.ProgressBoard;
import com.conductledger.reporting.MonthlyOutputs;
import com.conductledger.reporting.RejectedRowsReport;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;

/**
 * {@code run --input=DIR --period=YYYY-MM --out=DIR} (formats.md): ingests the folder, scores the
 * period and writes its outputs under {@code OUT/YYYY-MM/}. Exit code 0 on success; otherwise 1 with a
 * one-line reason on standard error (2 for a wrong command line).
 */
@Component
class RunCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String COMMAND = "run";

	private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

	private final FolderIngest folderIngest;

	private final RejectedRowsReport rejectedRowsReport;

	private final PenaltySchedule schedule;

	private final PeriodScorer periodScorer;

	private final MonthlyOutputs monthlyOutputs;

	private final ProgressBoard progress;

	private final RunLease lease;

	private final AbandonedExecutions abandoned;

	private final Duration leaseWait;

	private int exitCode;

	RunCommand(FolderIngest folderIngest, RejectedRowsReport rejectedRowsReport, PenaltySchedule schedule,
			PeriodScorer periodScorer, MonthlyOutputs monthlyOutputs, ProgressBoard progress, RunLease lease,
			AbandonedExecutions abandoned, @Value("${ledger.lease.wait:PT1M}") Duration leaseWait) {
		this.lease = lease;
		this.abandoned = abandoned;
		this.leaseWait = leaseWait;
		this.progress = progress;
		this.folderIngest = folderIngest;
		this.rejectedRowsReport = rejectedRowsReport;
		this.schedule = schedule;
		this.periodScorer = periodScorer;
		this.monthlyOutputs = monthlyOutputs;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		CommandLine line = CommandLine.parse(arguments.getSourceArgs());
		if (!line.commandName().equals(COMMAND)) {
			return;
		}
		Progress progress = this.progress.begin();
		try (ConsoleTicker ticker = ConsoleTicker.onTerminal(progress, System.out)) {
			exitCode = execute(RunArguments.from(line));
		}
		catch (UsageException | IllegalArgumentException ex) {
			fail(2, ex.getMessage());
		}
		catch (InputFileException | PeriodScorer.ScoringFailedException | LeaseBusyException ex) {
			fail(1, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("run failed", ex);
			fail(1, "run failed: " + FailureReason.of(ex) + " (details in the log file)");
		}
		finally {
			this.progress.end(progress);
		}
	}

	private int execute(RunArguments arguments) {
		Period last = arguments.period() == null
				? Period.containing(LocalDate.now(schedule.zone()).minusDays(1), schedule.cutoffDay())
				: Period.of(arguments.period(), schedule.cutoffDay());
		List<Period> periods = periods(arguments.from(), last);
		try (RunLease.Held held = lease.acquire("run " + last.name(), leaseWait,
				message -> System.err.println("conduct-ledger: " + message))) {
			int recovered = abandoned.recoverAll();
			if (recovered > 0) {
				System.out.printf("Recovered %d job execution(s) left by a run that stopped; their files go on from "
						+ "where it stopped%n", recovered);
			}
			return execute(arguments, last, periods);
		}
	}

	private int execute(RunArguments arguments, Period last, List<Period> periods) {
		long started = System.nanoTime();
		IngestReport report = folderIngest.ingest(arguments.input());
		Path rejectedRows = arguments.out().resolve(last.name()).resolve("rejected-rows.csv");
		for (Period period : periods) {
			// The run's own files are listed whole in the last period's report; an earlier period's
			// report holds the rows dated in it.
			rejectedRowsReport.write(arguments.out().resolve(period.name()).resolve("rejected-rows.csv"), period,
					period.equals(last) ? report.files() : List.of());
		}
		RunSummary.print(System.out, arguments.input(), last, report, rejectedRows);
		RunSummary.phase(System.out, "Ingest", started);
		if (!report.failed().isEmpty()) {
			// never a payroll or reports on a file that was not (wholly) taken: the next run completes the work
			FileOutcome first = report.failed().get(0);
			System.err.printf("conduct-ledger: %d file(s) could not be taken, so no ledger, reports or payroll were "
					+ "written for %s; first: %s%n", report.failed().size(), periodNames(periods), first.failure());
			return 1;
		}
		int exit = 0;
		for (Period period : periods) {
			MonthlyOutputs.Written outputs = scoreAndWrite(period, arguments.out().resolve(period.name()));
			for (String warning : outputs.manifest().warnings()) {
				System.err.printf("conduct-ledger: payroll %s: %s%n", period.name(), warning);
			}
			if (!"OK".equals(outputs.manifest().peopleFile())) {
				exit = 1;
			}
		}
		if (!report.unrecognised().isEmpty()) {
			System.err.printf("conduct-ledger: %d file(s) not taken, their names are not input files of formats.md: %s%n",
					report.unrecognised().size(),
					String.join(", ", report.unrecognised().stream().map(FileOutcome::name).toList()));
			exit = 1;
		}
		return exit;
	}

	/** Scores the period and writes its outputs. */
	private MonthlyOutputs.Written scoreAndWrite(Period period, Path periodOut) {
		long started = System.nanoTime();
		periodScorer.score(period);
		started = RunSummary.phase(System.out, "Scoring", started);
		MonthlyOutputs.Written outputs = monthlyOutputs.write(period, periodOut, false);
		System.out.printf("Scored %s: %d ledger entries, %d points: %s%n", period.name(), outputs.ledger().entries(),
				outputs.ledger().points(), outputs.ledgerFile());
		System.out.printf("Data warnings: %d: %s%n", outputs.warnings(), outputs.warningsFile());
		outputs.reportFiles().forEach(file -> System.out.printf("Wrote %s%n", file));
		System.out.printf("Payroll: %d rows, %d points, deductions %s, rewards %s %s%n", outputs.manifest().rows(),
				outputs.manifest().totalDeductionPoints(), outputs.manifest().totalDeductionAmount(),
				outputs.manifest().totalRewardAmount(), schedule.currency());
		RunSummary.phase(System.out, "Reports", started);
		return outputs;
	}

	private static String periodNames(List<Period> periods) {
		return periods.size() == 1 ? periods.get(0).name()
				: periods.get(0).name() + " to " + periods.get(periods.size() - 1).name();
	}

	/** The periods from {@code from} to {@code last}, oldest first (the last alone without {@code from}). */
	private List<Period> periods(String from, Period last) {
		if (from == null) {
			return List.of(last);
		}
		Period first = Period.of(from, schedule.cutoffDay());
		if (first.compareTo(last) > 0) {
			throw new UsageException("--from=" + from + " comes after the period " + last.name());
		}
		List<Period> periods = new ArrayList<>();
		for (Period period = first; period.compareTo(last) <= 0; period = period.next()) {
			periods.add(period);
		}
		if (periods.size() > RunArguments.MAX_PERIODS) {
			throw new UsageException("--from=" + from + " to " + last.name() + " is " + periods.size()
					+ " periods: a run scores at most " + RunArguments.MAX_PERIODS);
		}
		return periods;
	}

	private void fail(int code, String reason) {
		System.err.println("conduct-ledger: " + reason);
		exitCode = code;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
