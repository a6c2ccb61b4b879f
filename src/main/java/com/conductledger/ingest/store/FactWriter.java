package com.conductledger.ingest.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.ParsedRow.Accepted;

/**
 * Writes accepted rows with JDBC batches: a fact whose key was stated before is replaced, and each
 * row's file and row number go to {@code fact_revision}, which keeps which file said what.
 * <p>
 * A kind whose facts are one row each in one table, keyed by that table's primary key (all but the
 * evaluations), is written with an upsert: {@code merge into ... key (...)} on H2, {@code insert ...
 * on duplicate key update} on the MySQL server, so a first load costs an insert and no delete (on
 * MariaDB the deletes of keys that matched nothing were half of a month's ingest). An evaluation
 * is several rows in three tables, and a re-stated one may state fewer item scores: its rows are
 * deleted, then inserted anew, the deletes one statement per slice of keys and none while the table
 * holds no row (once a table has a row it is never taken as empty again in this process).
 * <p>
 * Batches are positional ({@code ?}), with one array of values per row: the named parameters and a
 * map per row cost a fifth of a 700,000-row month's ingest beside the database's own work. On the
 * MySQL server, when it takes local files ({@link BulkLoad}), the same values go as one file per
 * table and chunk instead: {@code replace} for a kind of one row per fact (where those rows fill the
 * table's every column), inserts for the evaluations' rows and the revisions.
 */
@Component
public class FactWriter {


	/** At most this many keys in one delete statement (a chunk is 500 rows by default). */
	static final int KEYS_PER_DELETE = 1_000;

	private static final List<String> REVISION_COLUMNS = List.of("kind", "fact_key", "source_file_id", "source_row");

	private static final String REVISION_SQL = "insert into fact_revision (" + String.join(", ", REVISION_COLUMNS)
			+ ") values (" + String.join(", ", Collections.nCopies(REVISION_COLUMNS.size(), "?")) + ")";

	private final JdbcTemplate jdbc;

	private final BulkLoad bulk;

	/** The tables seen to hold a row: an empty table needs no delete before the insert. */
	private final Set<String> holdingRows = ConcurrentHashMap.newKeySet();

	/** Whether the database is H2 (else the MySQL server), read from the connection once. */
	private volatile Boolean h2;

	public FactWriter(JdbcTemplate jdbc, BulkLoad bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	public void replace(InputKind kind, long sourceFileId, List<Accepted> accepted) {
		if (accepted.isEmpty()) {
			return;
		}
		List<FactTable> tables = FactTables.of(kind);
		boolean load = !isH2() && bulk.usable();
		if (tables.size() == 1 && oneRowEach(tables.get(0), accepted)) {
			FactTable table = tables.get(0);
			if (load && bulk.fillsWholeRows(table.table(), writtenColumns(table))) {
				bulk.replace(table.table(), writtenColumns(table), values(table, sourceFileId, accepted));
			}
			else {
				write(table, sourceFileId, accepted, upsertSql(table, isH2()));
			}
		}
		else {
			for (int i = tables.size() - 1; i >= 0; i--) {
				if (holdsRows(tables.get(i))) {
					delete(tables.get(i), accepted);
				}
			}
			for (FactTable table : tables) {
				if (load) {
					bulk.insert(table.table(), writtenColumns(table), values(table, sourceFileId, accepted));
				}
				else {
					write(table, sourceFileId, accepted, insertSql(table));
				}
			}
		}
		List<Object[]> revisions = new ArrayList<>(accepted.size());
		for (Accepted row : accepted) {
			revisions.add(new Object[] { kind.name(), row.factKey(), sourceFileId, row.source().row() });
		}
		if (load) {
			bulk.insert("fact_revision", REVISION_COLUMNS, revisions);
		}
		else {
			jdbc.batchUpdate(REVISION_SQL, revisions);
		}
	}

	/** Whether every fact is exactly one row of this table: then an upsert by key replaces it whole. */
	private static boolean oneRowEach(FactTable table, List<Accepted> accepted) {
		for (Accepted row : accepted) {
			if (row.rows().size() != 1 || row.rows().get(0).table() != table) {
				return false;
			}
		}
		return true;
	}

	private boolean isH2() {
		Boolean known = h2;
		if (known == null) {
			String product = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData()
				.getDatabaseProductName());
			known = product != null && product.toUpperCase(Locale.ROOT).contains("H2");
			h2 = known;
		}
		return known;
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

	private static List<String> writtenColumns(FactTable table) {
		List<String> columns = new ArrayList<>(table.columns());
		if (table.tracksSource()) {
			columns.add("source_file_id");
			columns.add("source_row");
		}
		return columns;
	}

	static String insertSql(FactTable table) {
		List<String> columns = writtenColumns(table);
		return "insert into " + table.table() + " (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
	}

	/**
	 * The insert that replaces the row of a key already held: every column not in the key takes the
	 * new value, a null included. On the MySQL server {@code values(column)} (MySQL 8.0.20 and later
	 * warn that it is deprecated but run it; MariaDB has no other form), and the driver still
	 * rewrites the batch into multi-row inserts.
	 */
	static String upsertSql(FactTable table, boolean h2) {
		List<String> columns = writtenColumns(table);
		String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
		if (h2) {
			return "merge into " + table.table() + " (" + String.join(", ", columns) + ") key ("
					+ String.join(", ", table.key()) + ") values (" + placeholders + ")";
		}
		String updates = columns.stream()
			.filter(column -> !table.key().contains(column))
			.map(column -> column + " = values(" + column + ")")
			.collect(Collectors.joining(", "));
		return "insert into " + table.table() + " (" + String.join(", ", columns) + ") values (" + placeholders
				+ ") on duplicate key update " + updates;
	}

	private void write(FactTable table, long sourceFileId, List<Accepted> accepted, String sql) {
		List<Object[]> rows = values(table, sourceFileId, accepted);
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
		}
	}

	/** The values of this table's rows among the accepted, in {@link #writtenColumns} order. */
	private static List<Object[]> values(FactTable table, long sourceFileId, List<Accepted> accepted) {
		List<String> columns = writtenColumns(table);
		boolean tracksSource = table.tracksSource();
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
		return rows;
	}

}
