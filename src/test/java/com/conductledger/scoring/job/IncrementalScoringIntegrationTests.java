package com.conductledger.scoring.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.sampledata.SampleMonthGenerator;
import com.conductledger.sampledata.SampleMonthSpec;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.support.LedgerTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever a night brings, a run that takes the unchanged days from the run before it
 * writes the very ledger and warnings (same rows, same order) that scoring every day again writes.
 * Each seed generates its own small month, scores it, then brings three nights of random changes as
 * new files (sign-ins moved, shifts moved, breaks added or stated again, a leave or a swap changed, a
 * person or a holiday changed), each scored incrementally and then in full, and compared.
 */
@SpringBootTest
@ActiveProfiles("test")
class IncrementalScoringIntegrationTests {

	private static final String PERIOD = "2026-11";

	enum Change {
		SIGN_INS, SHIFTS, NEW_BREAKS, BREAKS_AGAIN, LEAVE, SWAP, PERSON, HOLIDAY
	}

	/** Changes that leave most days as they were: such a night must take days, not score them all. */
	private static final Set<Change> LOCAL = EnumSet.of(Change.SIGN_INS, Change.SHIFTS, Change.NEW_BREAKS, Change.LEAVE,
			Change.SWAP);

	@Autowired
	FolderIngest folderIngest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path work;

	@Test
	void anIncrementalRescoreEqualsAFullOneOnRandomNights() throws IOException {
		Period period = Period.of(PERIOD, schedule.cutoffDay());
		int localNights = 0;
		int takenInLocalNights = 0;
		for (long seed = 1; seed <= seeds(); seed++) {
			LedgerTables.empty(jdbc);
			Path month = work.resolve("seed-" + seed);
			new SampleMonthGenerator().generate(month, new SampleMonthSpec(2, 8, seed, YearMonth.parse(PERIOD), 25));
			folderIngest.ingest(month);
			scorer.score(period);
			Random random = new Random(seed);
			for (int night = 1; night <= 3; night++) {
				List<Change> changes = new ArrayList<>();
				for (int i = 0, count = 1 + random.nextInt(2); i < count; i++) {
					Change change = Change.values()[random.nextInt(Change.values().length)];
					changes.add(change);
					bring(change, month, night, random);
				}
				folderIngest.ingest(month);
				scorer.score(period);
				List<String> incremental = ledger();
				int[] days = days();
				scorer.scoreInFull(period);
				assertThat(incremental).as("seed %d night %d %s", seed, night, changes).isEqualTo(ledger());
				assertThat(days()).as("a full scoring takes no day").containsExactly(days[0] + days[1], 0);
				if (LOCAL.containsAll(changes)) {
					localNights++;
					takenInLocalNights += days[1] > 0 ? 1 : 0;
				}
			}
		}
		assertThat(localNights).as("nights of local changes among the seeds").isGreaterThan(seeds() / 2);
		assertThat(takenInLocalNights).as("local nights that took unchanged days").isEqualTo(localNights);
	}

	/** How many months the property is tried on. */
	int seeds() {
		return 12;
	}

	/** The current ledger and warnings, every column a reader sees, in the order they were written. */
	private List<String> ledger() {
		List<String> rows = new ArrayList<>(jdbc.query("select person_id, rule_id, article, entry_date, shift_code, points, "
				+ "reasons, source_file, source_sheet, source_row, original_period, entry_key, scored_day from ledger_entry "
				+ "where run_id = (select current_run_id from scoring_period where period = ?) order by id",
				(rs, i) -> rowText(rs, 13), PERIOD));
		rows.addAll(jdbc.query("select code, message, source_file, source_sheet, source_row, scored_day from data_warning "
				+ "where run_id = (select current_run_id from scoring_period where period = ?) order by id",
				(rs, i) -> "warning " + rowText(rs, 6), PERIOD));
		return rows;
	}

	private static String rowText(java.sql.ResultSet rs, int columns) throws java.sql.SQLException {
		StringBuilder text = new StringBuilder();
		for (int column = 1; column <= columns; column++) {
			text.append(rs.getString(column)).append('|');
		}
		return text.toString();
	}

	/** Days the current run scored and took. */
	private int[] days() {
		Map<String, Object> run = jdbc.queryForMap("select r.days_scored, r.days_taken from scoring_run r "
				+ "join scoring_period p on p.current_run_id = r.id where p.period = ?", PERIOD);
		return new int[] { ((Number) run.get("days_scored")).intValue(), ((Number) run.get("days_taken")).intValue() };
	}

	/** Writes the night's file of one change into the month's folder, beside the files already taken. */
	private static void bring(Change change, Path month, int night, Random random) throws IOException {
		String suffix = "-night" + night + "-" + change.name().toLowerCase() + "-" + random.nextInt(1_000_000) + ".csv";
		switch (change) {
			case SIGN_INS -> restate(month, "attendance.csv", suffix, random, 3, cells -> {
				int minutes = random.nextInt(41) - 20;
				cells[3] = LocalDateTime.parse(cells[3]).plusMinutes(minutes).toString();
			});
			case SHIFTS -> restate(month, "roster.csv", suffix, random, 2, cells -> {
				cells[3] = LocalTime.parse(cells[3]).plusMinutes(30).toString();
			});
			case NEW_BREAKS -> restate(month, "breaks.csv", suffix, random, 3, cells -> {
				LocalDateTime out = LocalDateTime.parse(cells[3]).plusMinutes(90);
				cells[3] = out.toString();
				cells[4] = out.plusMinutes(5 + random.nextInt(20)).toString();
			});
			case BREAKS_AGAIN -> restate(month, "breaks.csv", suffix, random, 2, cells -> {
				cells[4] = LocalDateTime.parse(cells[4]).plusMinutes(7).toString();
			});
			case LEAVE -> restate(month, "leave.csv", suffix, random, 1, cells -> {
				cells[8] = "APPROVED".equals(cells[8]) ? "REJECTED" : "APPROVED";
			});
			case SWAP -> restate(month, "swaps.csv", suffix, random, 1, cells -> {
				cells[8] = "APPROVED".equals(cells[8]) ? "REJECTED" : "APPROVED";
			});
			case PERSON -> restate(month, "agents.csv", suffix, random, 1, cells -> {
				cells[4] = Integer.toString(1 + random.nextInt(5));
			});
			case HOLIDAY -> Files.writeString(month.resolve("holidays" + suffix), "date,name\n"
					+ LocalDate.of(2026, 10, 26).plusDays(random.nextInt(31)) + ",临时假日\n", StandardCharsets.UTF_8);
		}
	}

	/** Writes a few random rows of a month's file again, changed, as a file of their own. */
	private static void restate(Path month, String file, String suffix, Random random, int rows,
			java.util.function.Consumer<String[]> change) throws IOException {
		List<String> lines = Files.readAllLines(month.resolve(file), StandardCharsets.UTF_8);
		List<String> out = new ArrayList<>(List.of(lines.get(0)));
		for (int i = 0; i < rows; i++) {
			String[] cells = lines.get(1 + random.nextInt(lines.size() - 1)).split(",", -1);
			change.accept(cells);
			out.add(String.join(",", cells));
		}
		Files.write(month.resolve(file.replace(".csv", suffix)), out, StandardCharsets.UTF_8);
	}

}
