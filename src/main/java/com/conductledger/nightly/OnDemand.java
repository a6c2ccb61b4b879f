package com.conductledger.nightly;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

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

	private static final Duration LEASE = Duration.ofHours(6);

	private final NightlyLock lock;

	private final PeriodScorer scorer;

	private final MonthlyOutputs outputs;

	private final MonthlyClose close;

	private final Path outputRoot;

	OnDemand(NightlyLock lock, PeriodScorer scorer, MonthlyOutputs outputs, MonthlyClose close,
			@Value("${ledger.output-dir}") Path outputRoot) {
		this.lock = lock;
		this.scorer = scorer;
		this.outputs = outputs;
		this.close = close;
		this.outputRoot = outputRoot;
	}

	/** Scores the period now and rewrites its DRAFT reports (into {@code root} or the output folder), as a night would. */
	public MonthlyOutputs.Written rescore(Period period, Optional<Path> root, String who) {
		return leased(who + " rescore " + period.name(), () -> {
			scorer.score(period);
			return outputs.write(period, root.orElse(outputRoot).resolve(period.name()), false);
		});
	}

	/** Closes the period now (see {@link MonthlyClose#closeOnDemand}), into {@code root} or the output folder. */
	public MonthlyOutputs.Written close(Period period, Optional<String> confirmedPayrollSha256, Optional<Path> root,
			String who) {
		return leased(who + " close " + period.name(),
				() -> close.closeOnDemand(period, root.orElse(outputRoot), confirmedPayrollSha256));
	}

	public Optional<String> closeRefusal(Period period) {
		return close.refusalOnDemand(period);
	}

	private <T> T leased(String what, Supplier<T> work) {
		String owner = UUID.randomUUID() + " " + ManagementFactory.getRuntimeMXBean().getName() + " " + what;
		owner = owner.substring(0, Math.min(owner.length(), 100));
		if (!lock.tryAcquire(owner, LEASE)) {
			throw new BusyException("the nightly run or another rescore or close is running on this database: "
					+ "try again when it has finished");
		}
		try {
			return work.get();
		}
		finally {
			lock.release(owner);
		}
	}

	/** The lease is held: the nightly run, or another task, is at work. */
	public static class BusyException extends RuntimeException {

		BusyException(String message) {
			super(message);
		}

	}

}
