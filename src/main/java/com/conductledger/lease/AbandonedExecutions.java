package com.conductledger.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Job executions left STARTED by a process that died (a kill -9, a power cut, a database outage
 * that killed the run): Spring Batch cannot tell them from running ones, and refuses to start their
 * instance again ("already running"). Every launch names its process in the non-identifying
 * parameter {@value #RUNNER}; an execution is abandoned when that process ran on this host and is
 * gone, or (another host, or no runner) when nothing of it was updated for
 * {@code ledger.recovery.stale-after} (10 minutes by default: a chunk commits every few seconds).
 * An abandoned execution is recovered ({@link JobOperator#recover}: marked FAILED), and its next
 * start restarts it where its last committed chunk left it.
 */
@Component
public class AbandonedExecutions {

	/** The job parameter naming the process that runs an execution. */
	public static final String RUNNER = "runner";

	private static final Logger log = LoggerFactory.getLogger(AbandonedExecutions.class);

	private final JobRepository repository;

	private final JobOperator operator;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration staleAfter;

	AbandonedExecutions(JobRepository repository, JobOperator operator, JdbcTemplate jdbc, Optional<Clock> clock,
			@Value("${ledger.recovery.stale-after:PT10M}") Duration staleAfter) {
		this.repository = repository;
		this.operator = operator;
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.staleAfter = staleAfter;
	}

	/** The value of {@value #RUNNER} for a launch from this process. */
	public static String runner() {
		return ProcessIdentity.current().toString();
	}

	/** Recovers every abandoned execution; returns how many. */
	public int recoverAll() {
		List<Long> running = jdbc.queryForList("select JOB_EXECUTION_ID from BATCH_JOB_EXECUTION "
				+ "where STATUS in ('STARTING', 'STARTED', 'STOPPING') and END_TIME is null order by JOB_EXECUTION_ID",
				Long.class);
		int recovered = 0;
		for (Long id : running) {
			JobExecution execution = repository.getJobExecution(id);
			if (execution != null && recoverIfAbandoned(execution)) {
				recovered++;
			}
		}
		return recovered;
	}

	/**
	 * Recovers the execution if it is abandoned; true when it was (it may be started again), false
	 * when it still runs in a live process (or is not running at all).
	 */
	public boolean recoverIfAbandoned(JobExecution execution) {
		if (!execution.isRunning() || !isAbandoned(execution)) {
			return false;
		}
		log.warn("recovering job execution {} of {} left {} by {}: it becomes FAILED and its next start goes on "
				+ "after its last committed chunk", execution.getId(), execution.getJobInstance().getJobName(),
				execution.getStatus(), runnerOf(execution).orElse("an unnamed process"));
		operator.recover(execution);
		return true;
	}

	/** Who runs a running execution, for a message. */
	public String describe(JobExecution execution) {
		return runnerOf(execution).flatMap(ProcessIdentity::parse)
			.map(process -> "process " + process.pid() + " on " + process.host())
			.orElse("another process") + ", started " + execution.getStartTime();
	}

	private boolean isAbandoned(JobExecution execution) {
		Optional<ProcessIdentity> runner = runnerOf(execution).flatMap(ProcessIdentity::parse);
		if (runner.isPresent() && runner.get().equals(ProcessIdentity.current())) {
			return false;
		}
		if (runner.isPresent() && runner.get().isDeadOnThisHost()) {
			return true;
		}
		if (runner.isPresent() && runner.get().host().equals(ProcessIdentity.current().host())) {
			return false;
		}
		LocalDateTime last = lastUpdated(execution);
		return last != null && last.isBefore(LocalDateTime.now(clock).minus(staleAfter));
	}

	private static Optional<String> runnerOf(JobExecution execution) {
		JobParameter<?> runner = execution.getJobParameters().getParameter(RUNNER);
		return runner == null ? Optional.empty() : Optional.of(String.valueOf(runner.value()));
	}

	private static LocalDateTime lastUpdated(JobExecution execution) {
		LocalDateTime last = execution.getLastUpdated() != null ? execution.getLastUpdated() : execution.getCreateTime();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getLastUpdated() != null && (last == null || step.getLastUpdated().isAfter(last))) {
				last = step.getLastUpdated();
			}
		}
		return last;
	}

}
