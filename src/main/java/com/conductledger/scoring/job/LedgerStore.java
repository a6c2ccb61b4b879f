package com.conductledger.scoring.job;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.conductledger.period.Period;
import com.conductledger.scoring.rules.Adjustment;
import com.conductledger.scoring.rules.DataWarning;
import com.conductledger.scoring.rules.DisputeCorrection;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.Source;

/**
 * The ledger in the database. A scoring run writes its entries under its own run id; committing
 * the run points the period at it and drops the earlier runs' entries in one transaction, so a
 * period's ledger is replaced atomically and never holds two runs at once.
 */
@Repository
public class LedgerStore {

	private static final String ENTRY_COLUMNS = "period, person_id, rule_id, article, entry_date, shift_code, points, "
			+ "reasons, source_file, source_sheet, source_row";

	private static final String WARNING_COLUMNS = "period, code, message, source_file, source_sheet, source_row";

	private static final String CORRECTION = DisputeCorrection.RULE_ID;

	/** The separator of an entry's reasons in one text column and in ledger-YYYY-MM.csv. */
	public static final String REASON_SEPARATOR = "; ";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public LedgerStore(JdbcTemplate jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/**
	 * Opens a run; {@code revisionMark} is the last fact revision when it began (none while a file was
	 * still being taken), from which the next run tells which days' rows changed.
	 */
	long beginRun(String period, Optional<Long> revisionMark) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"insert into scoring_run (period, started_at, status, last_file_id, revision_mark) "
							+ "values (?, ?, 'RUNNING', (select coalesce(max(id), 0) from source_file), ?)",
					Statement.RETURN_GENERATED_KEYS);
			insert.setString(1, period);
			insert.setObject(2, LocalDateTime.now(clock));
			insert.setObject(3, revisionMark.orElse(null));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	/** The period's current run and the fact revision it began at, when it recorded one. */
	Optional<RunMark> currentRunMark(String period) {
		return jdbc.query("select r.id, r.revision_mark from scoring_period p join scoring_run r on r.id = p.current_run_id "
				+ "where p.period = ? and r.revision_mark is not null",
				(rs, i) -> new RunMark(rs.getLong(1), rs.getLong(2)), period).stream().findFirst();
	}

	/** The fingerprint a run recorded for each day it scored or took. */
	Map<LocalDate, String> dayFingerprints(long runId) {
		Map<LocalDate, String> days = new HashMap<>();
		jdbc.query("select scored_day, fingerprint from scored_day where run_id = ?", rs -> {
			days.put(rs.getObject(1, LocalDate.class), rs.getString(2));
		}, runId);
		return days;
	}

	void recordDay(long runId, LocalDate day, String fingerprint) {
		jdbc.update("insert into scored_day (run_id, scored_day, fingerprint) values (?, ?, ?)", runId, day, fingerprint);
	}

	void recordDays(long runId, int scored, int taken) {
		jdbc.update("update scoring_run set days_scored = ?, days_taken = ? where id = ?", scored, taken, runId);
	}

	/** Copies what an earlier run's scoring of the day gave, in the order it was written. */
	void copyDay(long fromRun, long toRun, LocalDate day) {
		jdbc.update("insert into ledger_entry (run_id, " + ENTRY_COLUMNS + ", original_period, entry_key, scored_day) "
				+ "select ?, " + ENTRY_COLUMNS + ", original_period, entry_key, scored_day from ledger_entry "
				+ "where run_id = ? and scored_day = ? order by id", toRun, fromRun, day);
		jdbc.update("insert into data_warning (run_id, " + WARNING_COLUMNS + ", scored_day) select ?, " + WARNING_COLUMNS
				+ ", scored_day from data_warning where run_id = ? and scored_day = ? order by id", toRun, fromRun, day);
	}

	/** Writes what a day's scoring gave ({@code scoredDay}), or with a null day what the period-wide rules gave. */
	void write(long runId, String period, List<LedgerEntry> entries, List<DataWarning> warnings, LocalDate scoredDay) {
		writeEntries(runId, period, entries.stream().map(entry -> new Adjustment(null, entry)).toList(), scoredDay);
		writeWarnings(runId, period, warnings, scoredDay);
	}

	/** Writes adjustment entries (or, with a null original period, ordinary ones) under a run. */
	void writeEntries(long runId, String period, List<Adjustment> entries) {
		writeEntries(runId, period, entries, null);
	}

	private void writeEntries(long runId, String period, List<Adjustment> entries, LocalDate scoredDay) {
		jdbc.batchUpdate("insert into ledger_entry (run_id, " + ENTRY_COLUMNS + ", original_period, entry_key, scored_day) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries, 500, (ps, adjustment) -> {
					LedgerEntry entry = adjustment.entry();
					ps.setLong(1, runId);
					ps.setString(2, period);
					ps.setString(3, entry.personId());
					ps.setString(4, entry.ruleId());
					ps.setString(5, entry.article());
					ps.setObject(6, entry.date());
					ps.setString(7, entry.shift() == null ? null : entry.shift().name());
					ps.setInt(8, entry.points());
					ps.setString(9, truncate(String.join(REASON_SEPARATOR, entry.reasons()), 2000));
					ps.setString(10, entry.source().file());
					ps.setString(11, entry.source().sheet());
					ps.setInt(12, entry.source().row());
					ps.setString(13, adjustment.originalPeriod());
					ps.setString(14, EntryKeys.of(period, entry));
					ps.setObject(15, scoredDay);
				});
	}

	private void writeWarnings(long runId, String period, List<DataWarning> warnings, LocalDate scoredDay) {
		jdbc.batchUpdate("insert into data_warning (run_id, " + WARNING_COLUMNS + ", scored_day) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?)", warnings, 500, (ps, warning) -> {
					ps.setLong(1, runId);
					ps.setString(2, period);
					ps.setString(3, warning.code());
					ps.setString(4, truncate(warning.message(), 1000));
					ps.setString(5, warning.source().file());
					ps.setString(6, warning.source().sheet());
					ps.setInt(7, warning.source().row());
					ps.setObject(8, scoredDay);
				});
	}

	/** Makes the run the period's ledger and drops every other run's entries, in one transaction. */
	@Transactional
	public void commitRun(long runId, Period scored) {
		String period = scored.name();
		LocalDateTime now = LocalDateTime.now(clock);
		Long lastFile = jdbc.queryForObject("select last_file_id from scoring_run where id = ?", Long.class, runId);
		if (jdbc.update("update scoring_period set current_run_id = ?, scored_at = ?, last_file_at_scoring = ? "
				+ "where period = ?", runId, now, lastFile, period) == 0) {
			jdbc.update("insert into scoring_period (period, status, current_run_id, scored_at, last_file_at_scoring) "
					+ "values (?, 'OPEN', ?, ?, ?)", period, runId, now, lastFile);
		}
		firstAppearances(runId, scored, now);
		jdbc.update("delete from ledger_entry where period = ? and run_id <> ?", period, runId);
		jdbc.update("delete from data_warning where period = ? and run_id <> ?", period, runId);
		jdbc.update("delete from scored_day where run_id <> ? and run_id in (select id from scoring_run where period = ?)",
				runId, period);
		jdbc.update("update scoring_run set status = 'COMPLETE', finished_at = ? where id = ?", now, runId);
	}

	/**
	 * Records when each entry of the run, and each evaluation of the period, first appeared in a
	 * committed scoring: a dispute's window runs from then (people.md).
	 */
	private void firstAppearances(long runId, Period period, LocalDateTime now) {
		List<Object[]> entries = jdbc.query("select le.entry_key, max(le.person_id) from ledger_entry le where le.run_id = ? "
				+ "and not exists (select 1 from first_scoring f where f.kind = 'ENTRY' and f.item_key = le.entry_key) "
				+ "group by le.entry_key", (rs, i) -> new Object[] { "ENTRY", rs.getString(1), period.name(), rs.getString(2), now },
				runId);
		List<Object[]> evaluations = jdbc.query("select e.evaluation_id, e.agent_id from qa_evaluation e "
				+ "where e.call_date between ? and ? and not exists (select 1 from first_scoring f "
				+ "where f.kind = 'EVALUATION' and f.item_key = e.evaluation_id)",
				(rs, i) -> new Object[] { "EVALUATION", rs.getString(1), period.name(), rs.getString(2), now },
				period.firstDate(), period.lastDate());
		String insert = "insert into first_scoring (kind, item_key, period, person_id, first_seen_at) values (?, ?, ?, ?, ?)";
		jdbc.batchUpdate(insert, entries);
		jdbc.batchUpdate(insert, evaluations);
		jdbc.batchUpdate("insert into notice (person_id, created_at, kind, dispute_number, message, is_read) "
				+ "values (?, ?, 'EVALUATION', null, ?, false)", evaluations.stream()
					.map(row -> new Object[] { row[3], now, "新的质检评估 new evaluation " + row[1] + " (" + period.name() + ")" })
					.toList());
	}

	/** A run that failed: its entries go, the period keeps the ledger it had. */
	@Transactional
	public void abandonRun(long runId) {
		jdbc.update("delete from ledger_entry where run_id = ?", runId);
		jdbc.update("delete from data_warning where run_id = ?", runId);
		jdbc.update("delete from scored_day where run_id = ?", runId);
		jdbc.update("update scoring_run set status = 'FAILED', finished_at = ? where id = ?", LocalDateTime.now(clock), runId);
	}

	/** The period's current ledger in the order of formats.md: person_id, date, shift, rule_id. */
	public void forEachEntry(String period, Consumer<StoredEntry> action) {
		jdbc.query(SELECT_ENTRIES + " where le.run_id = (select current_run_id from scoring_period where period = ?) "
				+ ENTRY_ORDER, rs -> {
					action.accept(stored(rs));
				}, period);
	}

	/** One person's entries of the period's current ledger, in ledger order (an index look-up). */
	public void forEachEntryOf(String period, String personId, Consumer<StoredEntry> action) {
		jdbc.query(SELECT_ENTRIES + " where le.run_id = (select current_run_id from scoring_period where period = ?) "
				+ "and le.person_id = ? " + ENTRY_ORDER, rs -> {
					action.accept(stored(rs));
				}, period, personId);
	}

	/** Whether the run wrote an entry with this stable id. */
	boolean holds(long runId, String id) {
		Integer found = jdbc.queryForObject("select count(*) from ledger_entry where run_id = ? and entry_key = ?", Integer.class,
				runId, id);
		return found != null && found > 0;
	}

	/** The entry with this stable id in the current ledger of any period, if there is one. */
	public Optional<StoredEntry> findCurrent(String id) {
		return jdbc.query(SELECT_ENTRIES + " join scoring_period sp on sp.period = le.period and sp.current_run_id = le.run_id "
				+ "where le.entry_key = ?", (rs, i) -> stored(rs), id).stream().findFirst();
	}

	/** The run whose entries are the period's ledger now, if it was scored. */
	public Optional<Long> currentRun(String period) {
		return jdbc.queryForList("select current_run_id from scoring_period where period = ? and current_run_id is not null",
				Long.class, period).stream().findFirst();
	}

	/** A period's ledger without its adjustments of other periods: what was charged for the period itself. */
	List<LedgerEntry> ownEntries(String period) {
		List<LedgerEntry> entries = new ArrayList<>();
		jdbc.query(SELECT_ENTRIES + " where le.run_id = (select current_run_id from scoring_period where period = ?) "
				+ "and le.original_period is null and le.rule_id <> '" + CORRECTION + "'", rs -> {
					entries.add(stored(rs).entry());
				}, period);
		return entries;
	}

	/**
	 * The entries of the period's current ledger that its facts do not give: the adjustments for closed
	 * periods and the dispute corrections.
	 */
	public List<LedgerEntry> carriedAdjustments(String period) {
		List<LedgerEntry> entries = new ArrayList<>();
		jdbc.query(SELECT_ENTRIES + " where le.run_id = (select current_run_id from scoring_period where period = ?) "
				+ "and (le.original_period is not null or le.rule_id = '" + CORRECTION + "')", rs -> {
					entries.add(stored(rs).entry());
				}, period);
		return entries;
	}

	/** The adjustments of a period already made in closed periods. */
	List<LedgerEntry> finalAdjustmentsOf(String originalPeriod) {
		List<LedgerEntry> entries = new ArrayList<>();
		jdbc.query(SELECT_ENTRIES + " join scoring_period sp on sp.period = le.period and sp.current_run_id = le.run_id "
				+ "where sp.status = 'FINAL' and le.original_period = ? and le.rule_id <> '" + CORRECTION + "'", rs -> {
					entries.add(stored(rs).entry());
				}, originalPeriod);
		return entries;
	}

	private static final String SELECT_ENTRIES = "select le.period, le.person_id, le.rule_id, le.article, le.entry_date, "
			+ "le.shift_code, le.points, le.reasons, le.source_file, le.source_sheet, le.source_row, le.original_period, "
			+ "le.entry_key "
			+ "from ledger_entry le";

	private static final String ENTRY_ORDER = "order by le.person_id, le.entry_date, le.shift_code, le.rule_id, "
			+ "le.source_file, le.source_row";

	private static StoredEntry stored(ResultSet rs) throws SQLException {
		return new StoredEntry(rs.getString(1), new LedgerEntry(rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getString(6) == null ? null : ShiftCode.valueOf(rs.getString(6)),
				rs.getInt(7), List.of(rs.getString(8).split(REASON_SEPARATOR, -1)),
				new Source(rs.getString(9), rs.getString(10), rs.getInt(11))), rs.getString(12), rs.getString(13));
	}

	/** The period's current data warnings, by source. */
	public void forEachWarning(String period, Consumer<DataWarning> action) {
		jdbc.query("select code, message, source_file, source_sheet, source_row from data_warning where run_id = "
				+ "(select current_run_id from scoring_period where period = ?) order by source_file, source_row, code",
				rs -> {
					action.accept(new DataWarning(rs.getString(1), rs.getString(2),
							new Source(rs.getString(3), rs.getString(4), rs.getInt(5))));
				}, period);
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/**
	 * A ledger entry as stored, with its period, for an adjustment the closed period it corrects, and its
	 * stable id ({@link EntryKeys}).
	 */
	record RunMark(long runId, long revisionMark) {
	}

	public record StoredEntry(String period, LedgerEntry entry, String originalPeriod, String id) {
	}

}
