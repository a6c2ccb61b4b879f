package com.conductledger.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.FailureReason;
import com.conductledger.lease.AbandonedExecutions;
import com.conductledger.web.WebProblem;

/** The Spring Batch job history, paged and sorted in the database, and re-running a failed execution (Spring Batch's restart). */
@Component
class JobHistory {

	private final JobRepository repository;

	private final JobOperator operator;

	private final JdbcTemplate jdbc;

	private final AbandonedExecutions abandoned;

	private final List<Job> jobs;

	JobHistory(JobRepository repository, JobOperator operator, JdbcTemplate jdbc, AbandonedExecutions abandoned,
			List<Job> jobs) {
		this.repository = repository;
		this.operator = operator;
		this.jdbc = jdbc;
		this.abandoned = abandoned;
		this.jobs = jobs;
	}

	/** A page of every job execution, searched and sorted in the database, for a history of any length. */
	JobPage page(JobQuery query) {
		StringBuilder where = new StringBuilder(" from BATCH_JOB_EXECUTION e join BATCH_JOB_INSTANCE i "
				+ "on i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID");
		List<Object> arguments = new ArrayList<>();
		if (query.search() != null) {
			String like = "%" + query.search().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
				.replace("_", "!_") + "%";
			where.append(" where lower(i.JOB_NAME) like ? escape '!' or lower(e.STATUS) like ? escape '!'"
					+ " or exists (select 1 from BATCH_JOB_EXECUTION_PARAMS p where p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
					+ " and p.PARAMETER_NAME <> 'file' and lower(p.PARAMETER_VALUE) like ? escape '!')");
			arguments.addAll(List.of(like, like, like));
		}
		int matching = jdbc.queryForObject("select count(*)" + where, Integer.class, arguments.toArray());
		int pages = Math.max(1, (matching + query.size() - 1) / query.size());
		int page = Math.min(query.page(), pages);
		List<Object> paged = new ArrayList<>(arguments);
		paged.add(query.size());
		paged.add((page - 1) * query.size());
		List<Long> ids = jdbc.queryForList("select e.JOB_EXECUTION_ID" + where + " order by " + query.sort().sql() + " "
				+ query.dir() + ", e.JOB_EXECUTION_ID desc limit ? offset ?", Long.class, paged.toArray());
		List<JobRow> rows = ids.stream().map(repository::getJobExecution).map(execution -> {
			JobExecution latest = repository.getLastJobExecution(execution.getJobInstance());
			return JobRow.of(execution, latest != null && latest.getId() == execution.getId());
		}).toList();
		return new JobPage(rows, page, pages, query.size(), matching, query.sort().parameter(), query.dir(),
				query.search());
	}

	/** The execution, or null when there is none: Spring Batch 6 throws for an id it does not know. */
	private JobExecution execution(long executionId) {
		try {
			return repository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			return null;
		}
	}

	/** Restarts a FAILED (or STOPPED) execution, the latest of its instance; returns the new execution. */
	JobRow restart(long executionId) {
		JobExecution found = execution(executionId);
		if (found == null) {
			throw WebProblem.notFound("没有此任务 no job execution " + executionId);
		}
		JobExecution latest = repository.getLastJobExecution(found.getJobInstance());
		boolean isLatest = latest != null && latest.getId() == executionId;
		if (isLatest && found.isRunning()) {
			// left STARTED by a process that died: recovered (FAILED) first, then re-run
			if (!abandoned.recoverIfAbandoned(found)) {
				throw WebProblem.conflict("正在运行 execution " + executionId + " is " + found.getStatus() + " in "
						+ abandoned.describe(found) + ": it can be re-run only once it has stopped");
			}
		}
		JobExecution execution = repository.getJobExecution(executionId);
		if (!JobRow.of(execution, isLatest).restartable()) {
			throw WebProblem.conflict("不能重跑 execution " + executionId + " is " + execution.getStatus()
					+ ": only the latest FAILED or STOPPED execution of a job can be re-run");
		}
		String jobName = execution.getJobInstance().getJobName();
		Job job = jobs.stream().filter(candidate -> candidate.getName().equals(jobName))
			.findFirst()
			.orElseThrow(() -> WebProblem.notFound("没有此任务 no job named " + jobName));
		try {
			// started again under this process's name, so that a recovery elsewhere sees who runs it
			JobExecution rerun = operator.start(job, new JobParametersBuilder(execution.getJobParameters())
				.addString(AbandonedExecutions.RUNNER, AbandonedExecutions.runner(), false)
				.toJobParameters());
			return JobRow.of(repository.getJobExecution(rerun.getId()), true);
		}
		catch (Exception ex) {
			throw WebProblem.conflict("重跑失败 execution " + executionId + " could not be re-run: " + FailureReason.of(ex));
		}
	}

}
