package com.conductledger.nightly;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.conductledger.lease.AbandonedExecutions;
import com.conductledger.lease.LeaseBusyException;
import com.conductledger.lease.LeaseWait;
import com.conductledger.lease.RunLease;
import com.conductledger.period.Period;
import com.conductledger.reporting.MonthlyOutputs;
import com.conductledger.scoring.job.PeriodScorer;

/**
 * What a manager starts instead of waiting for the night: rescore an open period (with its DRAFT
 * reports) or close it. Each takes the same lease as the nightly run, so it never runs beside the
 * night or another such task on the same database.
 */
@Service
public class OnDemand {

	private final RunLease lease;

	private final AbandonedExecutions abandoned;

	private final PeriodScorer scorer;

	private final MonthlyOutputs outputs;

	private final MonthlyClose close;

	private final Path outputRoot;

	OnDemand(RunLease lease, AbandonedExecutions abandoned, PeriodScorer scorer, MonthlyOutputs outputs,
			MonthlyClose close,
			@Value("${ledger.output-dir}") Path outputRoot) {
		this.lease = lease;
		this.abandoned = abandoned;
		this.scorer = scorer;
		this.outputs = outputs;
		this.close = close;
		this.outputRoot = outputRoot;
	}

	/** Scores the period now and rewrites its DRAFT reports (into {@code root} or the output folder), as a night would. */
	public MonthlyOutputs.Written rescore(Period period, Optional<Path> root, String who) {
		return rescore(period, root, who, LeaseWait.NONE);
	}

	/** As {@link #rescore(Period, Optional, String)}, waiting for the lease as {@code wait} says. */
	public MonthlyOutputs.Written rescore(Period period, Optional<Path> root, String who, LeaseWait wait) {
		return leased(who + " rescore " + period.name(), wait, () -> {
			scorer.score(period);
			return outputs.write(period, root.orElse(outputRoot).resolve(period.name()), false);
		});
	}

	/** Closes the period now (see {@link MonthlyClose#closeOnDemand}), into {@code root} or the output folder. */
	public MonthlyOutputs.Written close(Period period, Optional<String> confirmedPayrollSha256, Optional<Path> root,
			String who) {
		return close(period, confirmedPayrollSha256, root, who, LeaseWait.NONE);
	}

	/** As {@link #close(Period, Optional, Optional, String)}, waiting for the lease as {@code wait} says. */
	public MonthlyOutputs.Written close(Period period, Optional<String> confirmedPayrollSha256, Optional<Path> root,
			String who, LeaseWait wait) {
		return leased(who + " close " + period.name(), wait,
				() -> close.closeOnDemand(period, root.orElse(outputRoot), confirmedPayrollSha256));
	}

	/** The lease, at once for a web task (no wait) or within the command line's wait; else {@link BusyException}. */
	private RunLease.Held acquire(String what, LeaseWait wait) {
		if (wait.limit().isZero()) {
			return lease.tryAcquire(what)
				.orElseThrow(() -> new BusyException("the nightly run or another run, rescore or close is running on "
						+ "this database (" + lease.holder() + "): try again when it has finished"));
		}
		try {
			return lease.acquire(what, wait.limit(), wait.waiting());
		}
		catch (LeaseBusyException ex) {
			throw new BusyException(ex.getMessage());
		}
	}

	public Optional<String> closeRefusal(Period period) {
		return close.refusalOnDemand(period);
	}

	private <T> T leased(String what, LeaseWait wait, Supplier<T> work) {
		try (RunLease.Held running = acquire(what, wait)) {
			abandoned.recoverAll();
			return work.get();
		}
	}

	/** The lease is held: the nightly run, or another task, is at work. */
	public static class BusyException extends RuntimeException {

		BusyException(String message) {
			super(message);
		}

	}

}
