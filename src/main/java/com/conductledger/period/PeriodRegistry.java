package com.conductledger.period;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The periods the ledger knows and their state (OPEN, DRAFT, FINAL), newest first. */
@Repository
public class PeriodRegistry {

	private final JdbcTemplate jdbc;

	public PeriodRegistry(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<PeriodStatus> all() {
		return jdbc.query("select period, status, scored_at, closed_at from scoring_period order by period desc",
				(rs, i) -> new PeriodStatus(rs.getString(1), PeriodStatus.State.valueOf(rs.getString(2)),
						rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class)));
	}

	/**
	 * Each scored period's current scoring run, by period: it changes with every scoring, however
	 * close together ({@code scored_at} keeps whole seconds).
	 */
	public Map<String, Long> currentRuns() {
		Map<String, Long> runs = new HashMap<>();
		jdbc.query("select period, current_run_id from scoring_period",
				rs -> {
					runs.put(rs.getString(1), rs.getObject(2, Long.class));
				});
		return runs;
	}

	public Optional<PeriodStatus> find(String period) {
		return all().stream().filter(status -> status.period().equals(period)).findFirst();
	}

	/** Closes the period: FINAL from now on, its ledger and payroll locked. */
	public void markFinal(String period, LocalDateTime closedAt) {
		Long lastFile = jdbc.queryForObject("select coalesce(max(id), 0) from source_file", Long.class);
		if (jdbc.update("update scoring_period set status = 'FINAL', closed_at = ?, last_file_at_close = ? where period = ?",
				closedAt, lastFile, period) == 0) {
			jdbc.update("insert into scoring_period (period, status, closed_at, last_file_at_close) values (?, 'FINAL', ?, ?)",
					period, closedAt, lastFile);
		}
	}

	/** Whether files arrived after the period was closed (any of them may hold late data for it). */
	public boolean receivedFilesSinceClose(String period) {
		Integer files = jdbc.queryForObject("select count(*) from source_file f join scoring_period p on p.period = ? "
				+ "where p.last_file_at_close is not null and f.id > p.last_file_at_close", Integer.class, period);
		return files != null && files > 0;
	}

	/** Whether any roster shift or evaluation falls in the period: a period without them has nothing to close. */
	public boolean hasFacts(Period period) {
		Integer found = jdbc.queryForObject("select (select count(*) from roster_shift where shift_date between ? and ?)"
				+ " + (select count(*) from qa_evaluation where call_date between ? and ?)", Integer.class,
				period.firstDate(), period.lastDate(), period.firstDate(), period.lastDate());
		return found != null && found > 0;
	}

	/**
	 * How many files were received after the period's last scoring began (all of them, if it was
	 * never scored): their rows do not count on its scorecards yet.
	 */
	public int filesReceivedSinceScoring(String period) {
		Integer files = jdbc.queryForObject("select count(*) from source_file f where f.id > coalesce("
				+ "(select p.last_file_at_scoring from scoring_period p where p.period = ?), 0)", Integer.class, period);
		return files == null ? 0 : files;
	}

	/** Marks a scored period's reports as written (DRAFT), unless it is FINAL. */
	public void reportsWritten(String period) {
		jdbc.update("update scoring_period set status = 'DRAFT' where period = ? and status <> 'FINAL'", period);
	}

}
