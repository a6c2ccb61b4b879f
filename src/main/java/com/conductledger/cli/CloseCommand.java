package com.conductledger.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import com.conductledger.lease.LeaseWait;
import com.conductledger.ingest.FailureReason;
import com.conductledger.nightly.CloseRefusedException;
import com.conductledger.nightly.OnDemand;
import com.conductledger.payroll.PayrollContent;
import com.conductledger.payroll.PayrollManifest;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.reporting.MonthScorecards;
import com.conductledger.reporting.MonthlyOutputs;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;

/**
 * {@code close --period=YYYY-MM [--out=DIR] [--confirm]}: closes a period on demand. Without
 * {@code --confirm} it only shows what payroll would take (scoring the period first when files
 * arrived since it was last scored) and exits 3; with it, it closes: the last scoring, the final
 * reports and payroll file, the lock. Refused (exit 1) before the period's last day and once FINAL.
 */
@Component
class CloseCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String COMMAND = "close";

	/** Shown, not done: the close waits for {@code --confirm}. */
	static final int NOT_CONFIRMED = 3;

	private static final Logger log = LoggerFactory.getLogger(CloseCommand.class);

	private final OnDemand onDemand;

	private final PeriodRegistry periods;

	private final MonthScorecards scorecards;

	private final PenaltySchedule schedule;

	private final LeaseWait leaseWait;

	private int exitCode;

	CloseCommand(OnDemand onDemand, PeriodRegistry periods, MonthScorecards scorecards, PenaltySchedule schedule,
			@Value("${ledger.lease.wait:PT1M}") Duration leaseWait) {
		this.leaseWait = new LeaseWait(leaseWait, message -> System.err.println("conduct-ledger: " + message));
		this.onDemand = onDemand;
		this.periods = periods;
		this.scorecards = scorecards;
		this.schedule = schedule;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		CommandLine line = CommandLine.parse(arguments.getSourceArgs());
		if (!line.commandName().equals(COMMAND)) {
			return;
		}
		try {
			Period period = Period.of(line.option("period").orElseThrow(), schedule.cutoffDay());
			Optional<Path> out = line.option("out").map(Path::of);
			Optional<String> refusal = onDemand.closeRefusal(period);
			if (refusal.isPresent()) {
				fail(1, refusal.get());
			}
			else if (line.flag("confirm")) {
				close(period, out);
			}
			else {
				preview(period, out);
			}
		}
		catch (CloseRefusedException | OnDemand.BusyException | PeriodScorer.ScoringFailedException ex) {
			fail(1, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("close failed", ex);
			fail(1, "close failed: " + FailureReason.of(ex) + " (details in the log file)");
		}
	}

	private void preview(Period period, Optional<Path> out) {
		int since = periods.filesReceivedSinceScoring(period.name());
		if (since > 0 || periods.find(period.name()).isEmpty()) {
			System.out.printf("Scoring %s first: %d file(s) arrived since it was last scored%n", period, since);
			onDemand.rescore(period, out, "command line", leaseWait);
		}
		PayrollContent payroll = PayrollContent.of(period.name(), scorecards.of(period));
		System.out.printf("Closing %s would make its payroll final: %d rows, %d points, deductions %s, rewards %s, "
				+ "net %s %s%n", period, payroll.rows(), payroll.totalDeductionPoints(), payroll.totalDeductionAmount(),
				payroll.totalRewardAmount(), payroll.totalNetAmount(), schedule.currency());
		fail(NOT_CONFIRMED, "nothing closed: closing is final and cannot be undone; to close " + period.name()
				+ ", run again with --confirm");
	}

	private void close(Period period, Optional<Path> out) {
		MonthlyOutputs.Written written = onDemand.close(period, Optional.empty(), out, "command line", leaseWait);
		written.files().forEach(file -> System.out.printf("Wrote %s%n", file));
		PayrollManifest manifest = written.manifest();
		System.out.printf("Closed %s: FINAL. Payroll: %d rows, %d points, deductions %s, rewards %s %s%n", period.name(),
				manifest.rows(), manifest.totalDeductionPoints(), manifest.totalDeductionAmount(),
				manifest.totalRewardAmount(), schedule.currency());
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
