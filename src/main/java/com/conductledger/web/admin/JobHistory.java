package com.conductledger.web.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.FailureReason;
import com.conductledger.web.WebProblem;

/** The Spring Batch job history, newest first, and re-running a failed execution (Spring Batch's restart). */
@Component
class JobHistory {

	private static final int INSTANCES_PER_JOB = 50;

	private static final int SHOWN = 100;

	private final JobRepository repository;

	private final JobOperator operator;

	JobHistory(JobRepository repository, JobOperator operator) {
		this.repository = repository;
		this.operator = operator;
	}

	List<JobRow> recent() {
		List<JobRow> rows = new ArrayList<>();
		for (String jobName : repository.getJobNames()) {
			for (JobInstance instance : repository.getJobInstances(jobName, 0, INSTANCES_PER_JOB)) {
				List<JobExecution> executions = repository.getJobExecutions(instance);
				long latest = executions.stream().mapToLong(JobExecution::getId).max().orElse(-1);
				executions.forEach(execution -> rows.add(JobRow.of(execution, execution.getId() == latest)));
			}
		}
		return rows.stream().sorted(Comparator.comparingLong(JobRow::executionId).reversed()).limit(SHOWN).toList();
	}

	/** Restarts a FAILED (or STOPPED) execution, the latest of its instance; returns the new execution. */
	JobRow restart(long executionId) {
		JobExecution execution = repository.getJobExecution(executionId);
		if (execution == null) {
			throw WebProblem.notFound("没有此任务 no job execution " + executionId);
		}
		JobExecution latest = repository.getLastJobExecution(execution.getJobInstance());
		if (!JobRow.of(execution, latest != null && latest.getId() == executionId).restartable()) {
			throw WebProblem.conflict("不能重跑 execution " + executionId + " is " + execution.getStatus()
					+ ": only the latest FAILED or STOPPED execution of a job can be re-run");
		}
		try {
			JobExecution rerun = operator.restart(execution);
			return JobRow.of(repository.getJobExecution(rerun.getId()), true);
		}
		catch (Exception ex) {
			throw WebProblem.conflict("重跑失败 execution " + executionId + " could not be re-run: " + FailureReason.of(ex));
		}
	}

}
