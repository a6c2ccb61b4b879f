package com.conductledger.scoring.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.versions.ScheduleVersions;

/**
 * Opens a scoring run when a scoring job starts (a new run id, the period's context under the schedule
 * version in force for the period) and forgets it
 * when the job ends; the steps find their run by job execution id.
 */
@Component
class ScoringRuns implements JobExecutionListener {

	private final Map<Long, ScoringRunState> open = new ConcurrentHashMap<>();

	private final PenaltySchedule schedule;

	private final FactsRepository facts;

	private final LedgerStore ledger;

	private final ScheduleVersions versions;

	ScoringRuns(PenaltySchedule schedule, FactsRepository facts, LedgerStore ledger, ScheduleVersions versions) {
		this.schedule = schedule;
		this.versions = versions;
		this.facts = facts;
		this.ledger = ledger;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		Period period = Period.of(execution.getJobParameters().getString("period"), schedule.cutoffDay());
		ScoringContext context = new ScoringContext(period, versions.inForce(period).schedule(), facts);
		open.put(execution.getId(), new ScoringRunState(ledger.beginRun(period.name()), context));
	}

	@Override
	public void afterJob(JobExecution execution) {
		ScoringRunState run = open.remove(execution.getId());
		if (run != null && execution.getStatus() != BatchStatus.COMPLETED) {
			ledger.abandonRun(run.runId());
		}
	}

	ScoringRunState of(long jobExecutionId) {
		ScoringRunState state = open.get(jobExecutionId);
		if (state == null) {
			throw new IllegalStateException("no scoring run open for job execution " + jobExecutionId);
		}
		return state;
	}

}
