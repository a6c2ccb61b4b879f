package com.conductledger.scoring.job;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.conductledger.lease.AbandonedExecutions;
import com.conductledger.ingest.FailureReason;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.progress.ProgressBoard;

/**
 * Scores a period: launches the scoring job, which replaces the period's ledger atomically. Each
 * launch is a new job instance keyed by period and a run key. A run scores again only the days whose
 * rows or whose fingerprint changed since the period's current run and takes the others from it
 * ({@code ledger.scoring.incremental=false}, or {@link #scoreInFull}, scores every day), so running
 * twice on the same facts gives the same ledger; a failed run leaves the previous ledger.
 */
@Service
public class PeriodScorer {

	private final JobOperator jobOperator;

	private final Job scoringJob;

	private final PeriodRegistry periods;

	private final ProgressBoard progress;

	private final boolean incremental;

	public PeriodScorer(JobOperator jobOperator, @Qualifier("scoringJob") Job scoringJob, PeriodRegistry periods,
			ProgressBoard progress, @Value("${ledger.scoring.incremental:true}") boolean incremental) {
		this.jobOperator = jobOperator;
		this.scoringJob = scoringJob;
		this.periods = periods;
		this.progress = progress;
		this.incremental = incremental;
	}

	/** Scores the period; throws {@link ScoringFailedException} with a one-line reason when the job fails. */
	public void score(Period period) {
		score(period, incremental);
	}

	/** Scores every day of the period again, whatever changed. */
	public void scoreInFull(Period period) {
		score(period, false);
	}

	private void score(Period period, boolean takingUnchangedDays) {
		if (periods.find(period.name()).map(PeriodStatus::isFinal).orElse(false)) {
			throw new ScoringFailedException("period " + period.name() + " is FINAL: its ledger and payroll are locked; "
					+ "late data for it becomes adjustments in the next open period", null);
		}
		progress.current().phase("Score " + period.name(), "days",
				ChronoUnit.DAYS.between(period.firstDate(), period.lastDate()) + 1);
		JobExecution execution;
		try {
			execution = jobOperator.start(scoringJob, new JobParametersBuilder().addString("period", period.name())
				.addString("runKey", UUID.randomUUID().toString())
				.addString(ScoringRuns.SCORING, takingUnchangedDays ? "incremental" : ScoringRuns.FULL)
				.addString(AbandonedExecutions.RUNNER, AbandonedExecutions.runner(), false)
				.toJobParameters());
		}
		catch (Exception ex) {
			throw new ScoringFailedException("scoring " + period.name() + " could not start: " + FailureReason.of(ex), ex);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String reason = execution.getAllFailureExceptions().stream().findFirst().map(FailureReason::of)
				.orElse(execution.getStatus().toString());
			throw new ScoringFailedException("scoring " + period.name() + " failed: " + reason, null);
		}
	}

	public static class ScoringFailedException extends RuntimeException {

		ScoringFailedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
