package com.conductledger.ingest.store;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.ParsedRow.Rejected;
import com.conductledger.ingest.Problem;

/**
 * Keeps every problem of every rejected row, one line a problem, by JDBC batch. A line stays
 * until a retry takes its row (or rejects it anew): then it is resolved, kept as history, and no
 * longer listed or counted.
 */
@Component
public class RejectedRowStore {

	private static final int MAX_VALUE = 1000;

	private static final int MAX_REASON = 500;

	private static final String UNRESOLVED = " and resolved_at is null";

	private final NamedParameterJdbcTemplate jdbc;

	public RejectedRowStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void save(long sourceFileId, List<Rejected> rejected) {
		List<SqlParameterSource> lines = new ArrayList<>();
		for (Rejected row : rejected) {
			for (Problem problem : row.problems()) {
				lines.add(new MapSqlParameterSource().addValue("fileId", sourceFileId)
					.addValue("sheet", Texts.truncate(row.source().sheet(), 100))
					.addValue("row", row.source().row())
					.addValue("column", Texts.truncate(problem.column(), 100))
					.addValue("value", Texts.shown(problem.value(), MAX_VALUE))
					.addValue("reason", Texts.truncate(problem.reason(), MAX_REASON))
					.addValue("code", problem.code())
					.addValue("rowDate", row.rowDate()));
			}
		}
		if (!lines.isEmpty()) {
			jdbc.batchUpdate("insert into rejected_row (source_file_id, sheet, row_no, column_name, cell_value, reason, "
					+ "problem_code, row_date) values (:fileId, :sheet, :row, :column, :value, :reason, :code, :rowDate)",
					lines.toArray(SqlParameterSource[]::new));
		}
	}

	/** Rows taken and rows rejected (a row with several problems counts once; resolved rows not at all) for a file. */
	public RowCounts counts(long sourceFileId) {
		MapSqlParameterSource id = new MapSqlParameterSource("id", sourceFileId);
		Integer taken = jdbc.queryForObject("select count(*) from fact_revision where source_file_id = :id", id,
				Integer.class);
		Integer rejected = jdbc.queryForObject(
				"select count(distinct row_no) from rejected_row where source_file_id = :id" + UNRESOLVED, id,
				Integer.class);
		return new RowCounts(taken == null ? 0 : taken, rejected == null ? 0 : rejected);
	}

	/** Streams the file's unresolved problems in row order, without holding them all. */
	public void forEachLine(long sourceFileId, Consumer<RejectedLine> action) {
		jdbc.query("select row_no, column_name, cell_value, reason from rejected_row where source_file_id = :id"
				+ UNRESOLVED + " order by row_no, id", new MapSqlParameterSource("id", sourceFileId),
				(ResultSet rs) -> {
					action.accept(new RejectedLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
				});
	}

	/**
	 * Streams a period's unresolved problems, file by file in the order received, except those of the
	 * files excluded: rows dated in the period, and rows without a date that could be read from
	 * files received while the period was open (after {@code openedAfter}, at or before
	 * {@code closedAt}; either may be null: no bound).
	 */
	public void forEachLineOfPeriod(PeriodWindow window, Collection<Long> excluded, Consumer<FileLine> action) {
		MapSqlParameterSource parameters = window.parameters();
		String exclude = "";
		if (!excluded.isEmpty()) {
			exclude = " and r.source_file_id not in (:excluded)";
			parameters.addValue("excluded", excluded);
		}
		jdbc.query("select f.file_name, r.row_no, r.column_name, r.cell_value, r.reason from rejected_row r "
				+ "join source_file f on f.id = r.source_file_id where r.resolved_at is null" + exclude
				+ " and (r.row_date between :from and :to or (r.row_date is null" + window.receivedWithin("f") + ")) "
				+ "order by f.id, r.row_no, r.id", parameters, (ResultSet rs) -> {
					action.accept(new FileLine(rs.getString(1),
							new RejectedLine(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5))));
				});
	}

	/** The files received while the period was open that could not be read at all, with their reasons. */
	public List<FileLine> failedFilesOfPeriod(PeriodWindow window, Collection<Long> excluded) {
		MapSqlParameterSource parameters = window.parameters();
		String exclude = "";
		if (!excluded.isEmpty()) {
			exclude = " and f.id not in (:excluded)";
			parameters.addValue("excluded", excluded);
		}
		return jdbc.query("select f.file_name, f.failure from source_file f where f.status = 'FAILED'" + exclude
				+ window.receivedWithin("f") + " order by f.id", parameters,
				(rs, i) -> new FileLine(rs.getString(1), new RejectedLine(0, "", "", rs.getString(2))));
	}

	/**
	 * The rows that wait only for people: every unresolved problem of the row names a person who was
	 * not in agents.csv and is in it now (or is one a rule of before made, {@link Problem#RULE_CHANGED}).
	 * By file (in the order received), the row numbers ascending.
	 */
	public Map<Long, TreeSet<Integer>> rowsWhosePeopleAreKnown() {
		Map<Long, TreeSet<Integer>> rows = new TreeMap<>();
		jdbc.query("select source_file_id, row_no from rejected_row r where resolved_at is null "
				+ "group by source_file_id, row_no having sum(case when problem_code = '" + Problem.UNKNOWN_PERSON
				+ "' and exists (select 1 from person p where p.agent_id = r.cell_value) then 0 when problem_code = '"
				+ Problem.RULE_CHANGED + "' then 0 else 1 end) = 0",
				(ResultSet rs) -> {
					rows.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getInt(2));
				});
		return rows;
	}

	/** The unresolved rows dated from..to that wait for people not in agents.csv, and some of the ids they wait for. */
	public Waiting waitingForPeople(LocalDate from, LocalDate to) {
		MapSqlParameterSource range = new MapSqlParameterSource("from", from).addValue("to", to);
		String where = " from rejected_row where resolved_at is null and problem_code = '" + Problem.UNKNOWN_PERSON
				+ "' and row_date between :from and :to";
		Integer rows = jdbc.queryForObject("select count(*) from (select distinct source_file_id, row_no" + where
				+ ") waiting", range, Integer.class);
		List<String> ids = jdbc.queryForList("select distinct cell_value" + where + " order by cell_value", range,
				String.class);
		return new Waiting(rows == null ? 0 : rows, ids.subList(0, Math.min(5, ids.size())), ids.size());
	}

	/** Marks the rows' lines as resolved by a retry, the agents file that made it possible named (null: none). */
	public void resolve(long sourceFileId, Collection<Integer> rows, Long byFileId, LocalDateTime at) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.update("update rejected_row set resolved_at = :at, resolved_by_file_id = :by where source_file_id = :id "
				+ "and row_no in (:rows)" + UNRESOLVED, new MapSqlParameterSource("at", at).addValue("by", byFileId)
					.addValue("id", sourceFileId)
					.addValue("rows", rows));
	}

	public record RowCounts(int taken, int rejected) {
	}

	/** A problem line with the name of its file; a line with row 0 is a file that could not be read. */
	public record FileLine(String file, RejectedLine line) {
	}

	/**
	 * A period's dates, and when it was open for files: after the previous period closed, at or
	 * before it closed itself (null: no bound).
	 */
	public record PeriodWindow(LocalDate from, LocalDate to, LocalDateTime openedAfter, LocalDateTime closedAt) {

		MapSqlParameterSource parameters() {
			return new MapSqlParameterSource("from", from).addValue("to", to)
				.addValue("openedAfter", openedAfter)
				.addValue("closedAt", closedAt);
		}

		String receivedWithin(String alias) {
			return (openedAfter == null ? "" : " and " + alias + ".received_at > :openedAfter")
					+ (closedAt == null ? "" : " and " + alias + ".received_at <= :closedAt");
		}

	}

	public record RejectedLine(int row, String column, String value, String reason) {
	}

	/** Rows waiting for people not in agents.csv: how many, and the first few of the ids (of {@code distinctIds}). */
	public record Waiting(int rows, List<String> someIds, int distinctIds) {
	}

}
