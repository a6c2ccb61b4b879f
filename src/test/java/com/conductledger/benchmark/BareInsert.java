package com.conductledger.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.Flyway;

/**
 * The floor the ingest is measured against (issue 13): the same CSV rows of a month, parsed with a
 * plain split and written with plain JDBC batches (500 rows, one commit per file) into the product's
 * own tables, made by the product's own migrations on an empty database. No checks, no revisions,
 * no rejected rows, no encoding detection: what the database and the driver allow. The workbooks
 * (evaluations) are not part of it: their rows are not CSV.
 */
final class BareInsert {

	private static final int BATCH = 500;

	private BareInsert() {
	}

	record Result(long rows, double seconds) {
	}

	/** A CSV of the month and the insert its rows go to, with how each column is bound. */
	private record Load(String file, String sql, List<Bind> binds) {
	}

	private enum Bind {
		TEXT, INT, DATE, TIME, DATETIME, BOOL, SOURCE_FILE, SOURCE_ROW;

		void set(PreparedStatement insert, int index, String value, long row) throws SQLException {
			switch (this) {
				case TEXT -> insert.setString(index, value.isEmpty() ? null : value);
				case INT -> insert.setInt(index, Integer.parseInt(value));
				case DATE -> {
					if (value.isEmpty()) {
						insert.setNull(index, Types.DATE);
					}
					else {
						insert.setDate(index, Date.valueOf(LocalDate.parse(value.replace('/', '-'))));
					}
				}
				case TIME -> insert.setTime(index, Time.valueOf(LocalTime.parse(value)));
				case DATETIME -> {
					if (value.isEmpty()) {
						insert.setNull(index, Types.TIMESTAMP);
					}
					else {
						insert.setTimestamp(index, Timestamp.valueOf(LocalDateTime.parse(value.replace(' ', 'T').replace('/', '-'))));
					}
				}
				case BOOL -> insert.setBoolean(index, switch (value.toLowerCase(Locale.ROOT)) {
					case "true", "y", "yes", "1", "是" -> true;
					default -> false;
				});
				case SOURCE_FILE -> insert.setLong(index, 1);
				case SOURCE_ROW -> insert.setLong(index, row);
			}
		}

	}

	private static final List<Load> LOADS = List.of(
			new Load("agents.csv", "insert into person (agent_id, name, team, job_type, skill_level, role, team_lead_id, "
					+ "source_file_id, source_row) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					List.of(Bind.TEXT, Bind.TEXT, Bind.TEXT, Bind.TEXT, Bind.INT, Bind.TEXT, Bind.TEXT)),
			new Load("holidays.csv", "insert into holiday (holiday_date, name, source_file_id, source_row) values (?, ?, ?, ?)",
					List.of(Bind.DATE, Bind.TEXT)),
			new Load("roster.csv", "insert into roster_shift (agent_id, shift_date, shift_code, start_time, end_time, "
					+ "source_file_id, source_row) values (?, ?, ?, ?, ?, ?, ?)",
					List.of(Bind.TEXT, Bind.DATE, Bind.TEXT, Bind.TIME, Bind.TIME)),
			new Load("attendance.csv", "insert into attendance (agent_id, shift_date, shift_code, sign_in, sign_out, "
					+ "source_file_id, source_row) values (?, ?, ?, ?, ?, ?, ?)",
					List.of(Bind.TEXT, Bind.DATE, Bind.TEXT, Bind.DATETIME, Bind.DATETIME)),
			new Load("leave.csv", "insert into leave_request (leave_id, agent_id, leave_type, urgent, first_date, last_date, "
					+ "requested_at, submitted_by, status, approver_id, approved_at, certificate, certificate_submitted_on, "
					+ "source_file_id, source_row) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					List.of(Bind.TEXT, Bind.TEXT, Bind.TEXT, Bind.BOOL, Bind.DATE, Bind.DATE, Bind.DATETIME, Bind.TEXT,
							Bind.TEXT, Bind.TEXT, Bind.DATETIME, Bind.BOOL, Bind.DATE)),
			new Load("swaps.csv", "insert into shift_swap (swap_id, requester_id, counterpart_id, swap_date, swap_shift, "
					+ "repay_date, repay_shift, requested_at, status, approver_id, approved_at, source_file_id, source_row) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					List.of(Bind.TEXT, Bind.TEXT, Bind.TEXT, Bind.DATE, Bind.TEXT, Bind.DATE, Bind.TEXT, Bind.DATETIME,
							Bind.TEXT, Bind.TEXT, Bind.DATETIME)),
			new Load("breaks.csv", "insert into break_record (agent_id, shift_date, shift_code, out_at, back_at, approved, "
					+ "source_file_id, source_row) values (?, ?, ?, ?, ?, ?, ?, ?)",
					List.of(Bind.TEXT, Bind.DATE, Bind.TEXT, Bind.DATETIME, Bind.DATETIME, Bind.BOOL)));

	/**
	 * Migrates the empty database at {@code url} with the product's migrations (the vendor folder
	 * {@code h2} or {@code mysql}), then inserts the month's CSV rows; the seconds are the inserts'
	 * alone. Every row must go in: a row the plain split cannot bind fails the baseline.
	 */
	static Result insert(Path month, String url, String user, String password, String vendor) throws Exception {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.flywaydb")).setLevel(ch.qos.logback.classic.Level.WARN);
		Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.outOfOrder(true)
			.load()
			.migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.setAutoCommit(false);
			try (PreparedStatement file = connection.prepareStatement("insert into source_file (id, file_name, kind, sha256, "
					+ "size_bytes, archive_path, received_at, status) values (1, 'bare', 'BARE', ?, 0, '-', ?, 'COMPLETE')")) {
				file.setString(1, "0".repeat(64));
				file.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
				file.executeUpdate();
			}
			connection.commit();
			long rows = 0;
			long started = System.nanoTime();
			for (Load load : LOADS) {
				rows += load(connection, month.resolve(load.file()), load);
			}
			return new Result(rows, (System.nanoTime() - started) / 1e9);
		}
	}

	/** UTF-8 when the file decodes as UTF-8, else GB18030 (the generator writes both, as the centre's systems do). */
	private static Charset charsetOf(Path csv) throws IOException {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(csv)));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException notUtf8) {
			return Charset.forName("GB18030");
		}
	}

	private static long load(Connection connection, Path csv, Load load) throws IOException, SQLException {
		long rows = 0;
		try (BufferedReader reader = Files.newBufferedReader(csv, charsetOf(csv));
				PreparedStatement insert = connection.prepareStatement(load.sql())) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				rows++;
				String[] cells = line.split(",", -1);
				List<Bind> binds = load.binds();
				for (int i = 0; i < binds.size(); i++) {
					binds.get(i).set(insert, i + 1, i < cells.length ? cells[i].strip() : "", rows + 1);
				}
				Bind.SOURCE_FILE.set(insert, binds.size() + 1, "", rows + 1);
				Bind.SOURCE_ROW.set(insert, binds.size() + 2, "", rows + 1);
				insert.addBatch();
				if (rows % BATCH == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		connection.commit();
		return rows;
	}

}
