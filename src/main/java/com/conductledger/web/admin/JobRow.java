package com.conductledger.web.admin;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * One execution of a job as the administration page shows it; {@code exitMessage} is the first line
 * of a failure's exit description (never its stack trace).
 */
public record JobRow(long executionId, long instanceId, String jobName, Map<String, String> parameters, BatchStatus status,
		LocalDateTime startTime, LocalDateTime endTime, long readCount, long writeCount, String exitMessage,
		boolean restartable) {

	private static final int MAX_MESSAGE = 300;

	/** The {@code com.example.SomeException: } an exit description starts with: not for people. */
	private static final Pattern EXCEPTION_CLASS = Pattern.compile("^([\\w$]+\\.)+[\\w$]*(Exception|Error): ");

	static JobRow of(JobExecution execution, boolean latestOfInstance) {
		Map<String, String> parameters = new TreeMap<>();
		execution.getJobParameters().parameters()
			.forEach(parameter -> parameters.put(parameter.name(), String.valueOf(parameter.value())));
		long read = execution.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum();
		long written = execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
		BatchStatus status = execution.getStatus();
		boolean failed = status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
		return new JobRow(execution.getId(), execution.getJobInstanceId(), execution.getJobInstance().getJobName(),
				parameters, status, execution.getStartTime(), execution.getEndTime(), read, written,
				failed ? firstLine(execution.getExitStatus().getExitDescription()) : null, failed && latestOfInstance);
	}

	/** The parameters for the page: without the archive path, long values (hashes, run keys) shortened. */
	public String parameterSummary() {
		return parameters.entrySet().stream()
			.filter(parameter -> !parameter.getKey().equals("file"))
			.map(parameter -> parameter.getKey() + "=" + shorten(parameter.getValue()))
			.collect(Collectors.joining(", "));
	}

	private static String shorten(String value) {
		return value.length() > 24 ? value.substring(0, 12) + "…" : value;
	}

	private static String firstLine(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String line = EXCEPTION_CLASS.matcher(text.lines().findFirst().orElse(text).trim()).replaceFirst("");
		return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line;
	}

}
