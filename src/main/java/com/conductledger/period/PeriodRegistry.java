package com.conductledger.period;

import java.time.LocalDateTime;
import java.util.List;
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

	public Optional<PeriodStatus> find(String period) {
		return all().stream().filter(status -> status.period().equals(period)).findFirst();
	}

	/** Marks a scored period's reports as written (DRAFT), unless it is FINAL. */
	public void reportsWritten(String period) {
		jdbc.update("update scoring_period set status = 'DRAFT' where period = ? and status <> 'FINAL'", period);
	}

}
