package com.conductledger.ingest.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.ParsedRow.Accepted;

/**
 * Writes accepted rows with JDBC batches: a fact whose key was stated before is replaced (its rows
 * in every table of the kind deleted, then inserted anew), and each row's file and row number go to
 * {@code fact_revision}, which keeps which file said what.
 */
@Component
public class FactWriter {

	private static final String REVISION_SQL = "insert into fact_revision (kind, fact_key, source_file_id, source_row) "
			+ "values (:kind, :factKey, :sourceFileId, :sourceRow)";

	private final NamedParameterJdbcTemplate jdbc;

	public FactWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(InputKind kind, long sourceFileId, List<Accepted> accepted) {
		if (accepted.isEmpty()) {
			return;
		}
		List<FactTable> tables = FactTables.of(kind);
		for (int i = tables.size() - 1; i >= 0; i--) {
			delete(tables.get(i), accepted);
		}
		for (FactTable table : tables) {
			insert(table, sourceFileId, accepted);
		}
		jdbc.batchUpdate(REVISION_SQL, accepted.stream()
			.map(row -> new MapSqlParameterSource().addValue("kind", kind.name())
				.addValue("factKey", row.factKey())
				.addValue("sourceFileId", sourceFileId)
				.addValue("sourceRow", row.source().row()))
			.toArray(SqlParameterSource[]::new));
	}

	private void delete(FactTable table, List<Accepted> accepted) {
		String where = table.key().stream().map(column -> column + " = :" + column).collect(Collectors.joining(" and "));
		SqlParameterSource[] keys = accepted.stream()
			.map(row -> new MapSqlParameterSource(row.keyValues()))
			.toArray(SqlParameterSource[]::new);
		jdbc.batchUpdate("delete from " + table.table() + " where " + where, keys);
	}

	private void insert(FactTable table, long sourceFileId, List<Accepted> accepted) {
		List<String> columns = new ArrayList<>(table.columns());
		if (table.tracksSource()) {
			columns.add("source_file_id");
			columns.add("source_row");
		}
		List<SqlParameterSource> rows = new ArrayList<>();
		for (Accepted row : accepted) {
			row.rows().stream().filter(fact -> fact.table() == table).forEach(fact -> {
				Map<String, Object> values = new HashMap<>(fact.values());
				values.put("source_file_id", sourceFileId);
				values.put("source_row", row.source().row());
				MapSqlParameterSource parameters = new MapSqlParameterSource();
				columns.forEach(column -> parameters.addValue(column, values.get(column)));
				rows.add(parameters);
			});
		}
		if (!rows.isEmpty()) {
			String sql = "insert into " + table.table() + " (" + String.join(", ", columns) + ") values ("
					+ columns.stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ")";
			jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
		}
	}

}
