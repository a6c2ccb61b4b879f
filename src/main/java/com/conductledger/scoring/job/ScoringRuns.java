package com.conductledger.scoring.job;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.ScheduleVersion;
import com.conductledger.versions.ScheduleVersions;

/**
 * Opens a scoring run when a scoring job starts (a new run id, the period's context under the schedule
 * version in force for the period, the fingerprints of its days and the current run it may take
 * unchanged days from) and forgets it when the job ends; the steps find their run by job execution id.
 * The job parameter {@code scoring=full} scores every day whatever changed.
 */
@Component
class ScoringRuns implements JobExecutionListener {

	/** The job parameter that asks for every day to be scored ({@value #FULL}) whatever changed. */
	static final String SCORING = "scoring";

	static final String FULL = "full";

	private static final Logger log = LoggerFactory.getLogger(ScoringRuns.class);

	private final Map<Long, ScoringRunState> open = new ConcurrentHashMap<>();

	private final PenaltySchedule schedule;

	private final FactsRepository facts;

	private final LedgerStore ledger;

	private final ScheduleVersions versions;

	private final ChangedDays changedDays;

	private final RulesBuild rulesBuild;

	ScoringRuns(PenaltySchedule schedule, FactsRepository facts, LedgerStore ledger, ScheduleVersions versions,
			ChangedDays changedDays, RulesBuild rulesBuild) {
		this.schedule = schedule;
		this.versions = versions;
		this.facts = facts;
		this.ledger = ledger;
		this.changedDays = changedDays;
		this.rulesBuild = rulesBuild;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		Optional<Long> mark = changedDays.mark();
		Period period = Period.of(execution.getJobParameters().getString("period"), schedule.cutoffDay());
		boolean full = FULL.equals(execution.getJobParameters().getString(SCORING));
		PreviousRun previous = full ? PreviousRun.NONE : previous(period);
		ScheduleVersion version = versions.inForce(period);
		ScoringContext context = new ScoringContext(period, version.schedule(), facts);
		DayFingerprints fingerprints = new DayFingerprints(rulesBuild.sha256(),
				version.number() + " " + version.sha256(), context, facts.rescoresByDay(period));
		open.put(execution.getId(),
				new ScoringRunState(ledger.beginRun(period.name(), mark), context, fingerprints, previous));
	}

	/** The period's current run with the days changed since it began, or NONE when that cannot be told. */
	private PreviousRun previous(Period period) {
		Optional<LedgerStore.RunMark> current = ledger.currentRunMark(period.name());
		if (current.isEmpty()) {
			return PreviousRun.NONE;
		}
		return changedDays.since(current.get().revisionMark())
			.map(changed -> new PreviousRun(current.get().runId(), ledger.dayFingerprints(current.get().runId()),
					changed))
			.orElse(PreviousRun.NONE);
	}

	@Override
	public void afterJob(JobExecution execution) {
		ScoringRunState run = open.remove(execution.getId());
		if (run != null && execution.getStatus() != BatchStatus.COMPLETED) {
			ledger.abandonRun(run.runId());
		}
		else if (run != null) {
			log.info("Scoring {}: {} days scored, {} taken unchanged from run {}", run.period(), run.daysScored(),
					run.daysTaken(), run.previous().runId());
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
