package com.conductledger.ingest.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.ParsedRow.Accepted;

/**
 * Writes accepted rows with JDBC batches: a fact whose key was stated before is replaced (its rows
 * in every table of the kind deleted, then inserted anew), and each row's file and row number go to
 * {@code fact_revision}, which keeps which file said what.
 * <p>
 * Batches are positional ({@code ?}), with one array of values per row: the named parameters and a
 * map per row cost a fifth of a 700,000-row month's ingest beside the database's own work. The
 * deletes of a table are skipped while it holds no row at all (a first load has nothing to
 * replace; once a table has a row it is never taken as empty again in this process).
 */
@Component
public class FactWriter {

	private static final String REVISION_SQL = "insert into fact_revision (kind, fact_key, source_file_id, source_row) "
			+ "values (?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	/** The tables seen to hold a row: an empty table needs no delete before the insert. */
	private final Set<String> holdingRows = ConcurrentHashMap.newKeySet();

	public FactWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(InputKind kind, long sourceFileId, List<Accepted> accepted) {
		if (accepted.isEmpty()) {
			return;
		}
		List<FactTable> tables = FactTables.of(kind);
		for (int i = tables.size() - 1; i >= 0; i--) {
			if (holdsRows(tables.get(i))) {
				delete(tables.get(i), accepted);
			}
		}
		for (FactTable table : tables) {
			insert(table, sourceFileId, accepted);
		}
		List<Object[]> revisions = new ArrayList<>(accepted.size());
		for (Accepted row : accepted) {
			revisions.add(new Object[] { kind.name(), row.factKey(), sourceFileId, row.source().row() });
		}
		jdbc.batchUpdate(REVISION_SQL, revisions);
	}

	private boolean holdsRows(FactTable table) {
		if (holdingRows.contains(table.table())) {
			return true;
		}
		boolean any = !jdbc.queryForList("select 1 from " + table.table() + " limit 1", Integer.class)
			.isEmpty();
		if (any) {
			holdingRows.add(table.table());
		}
		return any;
	}

	private void delete(FactTable table, List<Accepted> accepted) {
		List<String> key = table.key();
		String where = key.stream().map(column -> column + " = ?").collect(Collectors.joining(" and "));
		List<Object[]> keys = new ArrayList<>(accepted.size());
		for (Accepted row : accepted) {
			Map<String, Object> values = row.keyValues();
			Object[] args = new Object[key.size()];
			for (int i = 0; i < args.length; i++) {
				args[i] = values.get(key.get(i));
			}
			keys.add(args);
		}
		jdbc.batchUpdate("delete from " + table.table() + " where " + where, keys);
	}

	private void insert(FactTable table, long sourceFileId, List<Accepted> accepted) {
		List<String> columns = new ArrayList<>(table.columns());
		boolean tracksSource = table.tracksSource();
		if (tracksSource) {
			columns.add("source_file_id");
			columns.add("source_row");
		}
		List<Object[]> rows = new ArrayList<>();
		int valueColumns = table.columns().size();
		for (Accepted row : accepted) {
			for (FactRow fact : row.rows()) {
				if (fact.table() != table) {
					continue;
				}
				Object[] args = new Object[columns.size()];
				Map<String, Object> values = fact.values();
				for (int i = 0; i < valueColumns; i++) {
					args[i] = values.get(columns.get(i));
				}
				if (tracksSource) {
					args[valueColumns] = sourceFileId;
					args[valueColumns + 1] = row.source().row();
				}
				rows.add(args);
			}
		}
		if (!rows.isEmpty()) {
			String sql = "insert into " + table.table() + " (" + String.join(", ", columns) + ") values ("
					+ columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
			jdbc.batchUpdate(sql, rows);
		}
	}

}
