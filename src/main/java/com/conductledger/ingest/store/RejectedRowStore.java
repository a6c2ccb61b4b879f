package com.conductledger.ingest.store;

import java.util.ArrayList;
import java.sql.ResultSet;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.ParsedRow.Rejected;
import com.conductledger.ingest.Problem;

/** Keeps every problem of every rejected row, one line a problem, by JDBC batch. */
@Component
public class RejectedRowStore {

	private static final int MAX_VALUE = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	public RejectedRowStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void save(long sourceFileId, List<Rejected> rejected) {
		List<SqlParameterSource> lines = new ArrayList<>();
		for (Rejected row : rejected) {
			for (Problem problem : row.problems()) {
				lines.add(new MapSqlParameterSource().addValue("fileId", sourceFileId)
					.addValue("sheet", row.source().sheet())
					.addValue("row", row.source().row())
					.addValue("column", problem.column())
					.addValue("value", truncate(problem.value(), MAX_VALUE))
					.addValue("reason", truncate(problem.reason(), 500)));
			}
		}
		if (!lines.isEmpty()) {
			jdbc.batchUpdate("insert into rejected_row (source_file_id, sheet, row_no, column_name, cell_value, reason) "
					+ "values (:fileId, :sheet, :row, :column, :value, :reason)", lines.toArray(SqlParameterSource[]::new));
		}
	}

	/** Rows taken and rows rejected (a row with several problems counts once) for a file. */
	public RowCounts counts(long sourceFileId) {
		MapSqlParameterSource id = new MapSqlParameterSource("id", sourceFileId);
		Integer taken = jdbc.queryForObject("select count(*) from fact_revision where source_file_id = :id", id,
				Integer.class);
		Integer rejected = jdbc.queryForObject(
				"select count(distinct row_no) from rejected_row where source_file_id = :id", id, Integer.class);
		return new RowCounts(taken == null ? 0 : taken, rejected == null ? 0 : rejected);
	}

	/** Streams the file's problems in row order, without holding them all. */
	public void forEachLine(long sourceFileId, Consumer<RejectedLine> action) {
		jdbc.query("select row_no, column_name, cell_value, reason from rejected_row where source_file_id = :id "
				+ "order by row_no, id", new MapSqlParameterSource("id", sourceFileId),
				(ResultSet rs) -> {
					action.accept(new RejectedLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
				});
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	public record RowCounts(int taken, int rejected) {
	}

	public record RejectedLine(int row, String column, String value, String reason) {
	}

}
