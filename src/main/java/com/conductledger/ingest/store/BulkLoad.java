package com.conductledger.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCallback;
import org.springframework.stereotype.Component;

/**
 * Rows written to the MySQL server with {@code LOAD DATA LOCAL INFILE}: a chunk's rows go to a
 * tab-separated file in the load folder ({@code ledger.ingest.load-dir}), which the server reads in
 * one statement of the chunk's transaction; the file is removed after it. On MariaDB 10.11 this
 * took a 242,395-row roster with its revision rows in half the time of the driver's rewritten
 * multi-row inserts, 500 rows a statement both.
 * <p>
 * The driver reads only files inside the load folder ({@code allowLoadLocalInfileInPath}, set by
 * the profile "mysql"), so a server cannot ask for any other file of this machine. Used when a
 * probe at the first write loads a row into a temporary table: the server must allow it
 * ({@code local_infile}, on by default on MariaDB, off on MySQL 8) and the driver must name the
 * folder. Otherwise, or with {@code ledger.ingest.load-data=off}, the writer keeps its batched
 * statements, and the log says why once.
 * <p>
 * A server takes a local file whatever it holds and turns what it cannot store (a text too long, a
 * duplicate key) into warnings, not errors: a statement with any warning, or that took fewer rows
 * than it was given, fails the chunk, which is rolled back.
 */
@Component
public class BulkLoad {

	private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_TIME;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final Path folder;

	private final boolean wanted;

	private final AtomicLong files = new AtomicLong();

	/** Per table: whether the rows written fill every column, so that a replace loses nothing. */
	private final Map<String, Boolean> wholeRows = new ConcurrentHashMap<>();

	private volatile Boolean usable;

	public BulkLoad(JdbcTemplate jdbc, DataSource dataSource, @Value("${ledger.ingest.load-dir}") Path folder,
			@Value("${ledger.ingest.load-data:auto}") String mode) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.folder = folder.toAbsolutePath().normalize();
		this.wanted = switch (mode.trim().toLowerCase(Locale.ROOT)) {
			case "auto" -> true;
			case "off" -> false;
			default -> throw new IllegalArgumentException("ledger.ingest.load-data must be auto or off, got " + mode);
		};
	}

	/** Whether rows go to the server as a local file: asked of the server once (call only on the MySQL path). */
	public boolean usable() {
		Boolean known = usable;
		if (known == null) {
			synchronized (this) {
				known = usable;
				if (known == null) {
					known = wanted && probe();
					usable = known;
				}
			}
		}
		return known;
	}

	/** Whether these columns are every column of the table: then a row replaced by a load keeps nothing of the old one. */
	public boolean fillsWholeRows(String table, List<String> columns) {
		return wholeRows.computeIfAbsent(table, name -> columnsOf(name).equals(lowerCase(columns)));
	}

	/** Adds rows; a key already held fails the load. */
	public void insert(String table, List<String> columns, List<Object[]> rows) {
		load(table, columns, rows, false);
	}

	/** Adds rows, each replacing the row of its key if one is held (only for a table {@link #fillsWholeRows}). */
	public void replace(String table, List<String> columns, List<Object[]> rows) {
		load(table, columns, rows, true);
	}

	private void load(String table, List<String> columns, List<Object[]> rows, boolean replace) {
		if (rows.isEmpty()) {
			return;
		}
		Path file = folder.resolve(table + "-" + ProcessHandle.current().pid() + "-" + files.incrementAndGet() + ".tsv");
		try {
			Files.write(file, tabSeparated(rows));
			String sql = statement(file, replace, table, columns);
			jdbc.execute((StatementCallback<Void>) statement -> {
				statement.execute(sql);
				check(statement, table, rows.size(), replace);
				return null;
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the rows of " + table + " to " + file, ex);
		}
		finally {
			remove(file);
		}
	}

	private static void check(Statement statement, String table, int rows, boolean replace) throws SQLException {
		SQLWarning warning = statement.getWarnings();
		if (warning != null) {
			throw new IllegalStateException("The database server took the rows of " + table
					+ " with a warning, so they are not taken: " + warning.getMessage());
		}
		int affected = statement.getUpdateCount();
		// a replaced row counts twice (its delete and its insert)
		if (affected < rows || (!replace && affected != rows)) {
			throw new IllegalStateException("The database server took " + affected + " of " + rows + " rows of " + table
					+ ", so none is taken");
		}
	}

	static String statement(Path file, boolean replace, String table, List<String> columns) {
		return "load data local infile '" + literal(file.toString()) + "'" + (replace ? " replace" : "") + " into table "
				+ table + " character set utf8mb4 fields terminated by '\\t' escaped by '\\\\' lines terminated by '\\n' ("
				+ String.join(", ", columns) + ")";
	}

	private static String literal(String text) {
		return text.replace("\\", "\\\\").replace("'", "\\'");
	}

	static byte[] tabSeparated(List<Object[]> rows) {
		StringBuilder text = new StringBuilder(rows.size() * 64);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				appendField(text, row[i]);
			}
			text.append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** One value as the server reads it: {@code \N} for null, a backslash before what would end a field or a line. */
	static void appendField(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof String string) {
			appendEscaped(text, string);
		}
		else if (value instanceof Boolean flag) {
			text.append(flag ? '1' : '0');
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			text.append(value);
		}
		else if (value instanceof BigDecimal number) {
			text.append(number.toPlainString());
		}
		else if (value instanceof LocalDate date) {
			text.append(date);
		}
		else if (value instanceof LocalTime time) {
			text.append(TIME.format(time));
		}
		else if (value instanceof LocalDateTime timestamp) {
			text.append(timestamp.toLocalDate()).append(' ').append(TIME.format(timestamp.toLocalTime()));
		}
		else {
			throw new IllegalArgumentException("No text form for a " + value.getClass().getName() + " in a bulk load");
		}
	}

	private static void appendEscaped(StringBuilder text, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\0' -> text.append("\\0");
				default -> text.append(c);
			}
		}
	}

	/** Loads one row into a temporary table of its own connection: what a chunk's load needs from driver and server. */
	private boolean probe() {
		Path file = folder.resolve("probe-" + ProcessHandle.current().pid() + ".tsv");
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			Files.createDirectories(folder);
			removeFilesOfEndedProcesses();
			Files.write(file, "1\n".getBytes(StandardCharsets.UTF_8));
			statement.execute("create temporary table ledger_load_probe (n int)");
			try {
				statement.execute(statement(file, false, "ledger_load_probe", List.of("n")));
				check(statement, "ledger_load_probe", 1, false);
			}
			finally {
				statement.execute("drop temporary table ledger_load_probe");
			}
			log.info("Ingest: facts go to the database server as local files (LOAD DATA LOCAL INFILE) from {}", folder);
			return true;
		}
		catch (SQLException | IOException | RuntimeException ex) {
			log.info("Ingest: facts go to the database server as batched statements; a local file was not taken ({})",
					firstLine(ex.getMessage()));
			return false;
		}
		finally {
			remove(file);
		}
	}

	private static void remove(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not remove {}: {}", file, ex.getMessage());
		}
	}

	/** A process killed during a load leaves its file (a copy of rows of an archived upload): removed by the next. */
	private void removeFilesOfEndedProcesses() throws IOException {
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				String[] parts = name.split("-");
				if (name.endsWith(".tsv") && parts.length >= 3 && parts[parts.length - 2].matches("[0-9]{1,18}")
						&& ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).isEmpty()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private Set<String> columnsOf(String table) {
		return jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
			DatabaseMetaData meta = connection.getMetaData();
			Set<String> columns = new HashSet<>();
			try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, table, null)) {
				while (rs.next()) {
					columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
			return columns;
		});
	}

	private static Set<String> lowerCase(List<String> columns) {
		Set<String> lower = new HashSet<>();
		columns.forEach(column -> lower.add(column.toLowerCase(Locale.ROOT)));
		return lower;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no message";
		}
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

}
