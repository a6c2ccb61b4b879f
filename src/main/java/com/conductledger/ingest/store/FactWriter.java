package com.conductledger.ingest.store;

import java.util.ArrayList;
import java.util.Collections;
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
 * re-stated keys of a chunk are deleted in one statement per table, and not at all while the table
 * holds no row (a first load has nothing to replace; once a table has a row it is never taken as
 * empty again in this process).
 */
@Component
public class FactWriter {

	private static final String REVISION_SQL = "insert into fact_revision (kind, fact_key, source_file_id, source_row) "
			+ "values (?, ?, ?, ?)";

	/** At most this many keys in one delete statement (a chunk is 500 rows by default). */
	static final int KEYS_PER_DELETE = 1_000;

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

	/**
	 * Deletes the rows of these keys with one statement per slice of keys ({@code key in (...)}, or
	 * {@code (k1, k2) in ((...), ...)} for a key of several columns), not one statement per key: on
	 * the MySQL server the per-key deletes, nearly all matching nothing on a first load, were most
	 * of the ingest's time. Both databases look the keys up in the primary key.
	 */
	private void delete(FactTable table, List<Accepted> accepted) {
		List<String> key = table.key();
		for (int from = 0; from < accepted.size(); from += KEYS_PER_DELETE) {
			List<Accepted> slice = accepted.subList(from, Math.min(accepted.size(), from + KEYS_PER_DELETE));
			Object[] args = new Object[slice.size() * key.size()];
			int next = 0;
			for (Accepted row : slice) {
				Map<String, Object> values = row.keyValues();
				for (String column : key) {
					args[next++] = values.get(column);
				}
			}
			jdbc.update(deleteSql(table, slice.size()), args);
		}
	}

	static String deleteSql(FactTable table, int keys) {
		List<String> key = table.key();
		String tuple = key.size() == 1 ? "?" : "(" + String.join(", ", Collections.nCopies(key.size(), "?")) + ")";
		String columns = key.size() == 1 ? key.get(0) : "(" + String.join(", ", key) + ")";
		return "delete from " + table.table() + " where " + columns + " in ("
				+ String.join(", ", Collections.nCopies(keys, tuple)) + ")";
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
