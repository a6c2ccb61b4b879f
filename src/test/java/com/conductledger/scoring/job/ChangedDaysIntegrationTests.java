package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.support.LedgerTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The days a night's revisions change, with more new breaks and evaluations than one statement
 * asks about: their days are found in every slice, and one break or evaluation stated before the
 * mark, in the last slice, still means that no day can be trusted. On H2 here, on the MySQL server in
 * {@code ChangedDaysMySqlIntegrationTests}.
 */
@SpringBootTest
@ActiveProfiles("test")
class ChangedDaysIntegrationTests {

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);

	private static final int MANY = ChangedDays.KEYS_PER_STATEMENT + 200;

	@Autowired
	ChangedDays changedDays;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() {
		LedgerTables.empty(jdbc);
		jdbc.update("insert into source_file (id, file_name, kind, sha256, size_bytes, archive_path, received_at, status) "
				+ "values (1, 'breaks.csv', 'BREAKS', ?, 0, '', ?, 'TAKEN')", "%064d".formatted(1),
				LocalDateTime.of(2026, 12, 1, 1, 30));
	}

	@Test
	void theDaysOfNewBreaksEvaluationsAndShiftsAreFoundInEverySlice() {
		breaks("OLD", MANY, FIRST_DAY);
		long mark = changedDays.mark().orElseThrow();
		breaks("NEW", MANY, FIRST_DAY.plusDays(3));
		breakOn("LAST", FIRST_DAY.plusDays(9));
		evaluations("E-NEW", MANY, FIRST_DAY.plusDays(4));
		evaluationOn("E-LAST", FIRST_DAY.plusDays(11));
		revision("ROSTER", "A0001|" + FIRST_DAY.plusDays(6) + "|DAY");
		revision("ATTENDANCE", "A|B|" + FIRST_DAY.plusDays(7) + "|NIGHT");

		assertThat(changedDays.since(mark)).hasValueSatisfying(days -> assertThat(days).containsExactly(FIRST_DAY.plusDays(3),
				FIRST_DAY.plusDays(4), FIRST_DAY.plusDays(6), FIRST_DAY.plusDays(7), FIRST_DAY.plusDays(9),
				FIRST_DAY.plusDays(11)));
	}

	@Test
	void aBreakStatedBeforeTheMarkAfterAFullSliceOfNewOnesMeansNoDayCanBeTrusted() {
		breaks("OLD", 3, FIRST_DAY);
		long mark = changedDays.mark().orElseThrow();
		breaks("NEW", MANY, FIRST_DAY.plusDays(3));
		revision("BREAKS", breakKey("OLD", 2, FIRST_DAY));

		assertThat(changedDays.since(mark)).isEmpty();
	}

	@Test
	void anEvaluationStatedBeforeTheMarkAfterAFullSliceOfNewOnesMeansNoDayCanBeTrusted() {
		evaluations("E-OLD", 2, FIRST_DAY);
		long mark = changedDays.mark().orElseThrow();
		evaluations("E-NEW", MANY, FIRST_DAY.plusDays(4));
		revision("EVALUATIONS", "E-OLD-1");

		assertThat(changedDays.since(mark)).isEmpty();
	}

	@Test
	void aBreakStatedTwiceAfterTheMarkIsNew() {
		long mark = changedDays.mark().orElseThrow();
		breakOn("TWICE", FIRST_DAY.plusDays(5));
		revision("BREAKS", breakKey("TWICE", 0, FIRST_DAY.plusDays(5)));

		assertThat(changedDays.since(mark)).hasValueSatisfying(days -> assertThat(days).containsExactly(FIRST_DAY.plusDays(5)));
	}

	private void breaks(String agentPrefix, int count, LocalDate day) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> revisions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDateTime out = out(i, day);
			rows.add(new Object[] { agentPrefix + "-" + i, out, day, "DAY", out.plusMinutes(15), true, 1, i + 2 });
			revisions.add(new Object[] { "BREAKS", breakKey(agentPrefix, i, day), 1, i + 2 });
		}
		jdbc.batchUpdate("insert into break_record (agent_id, out_at, shift_date, shift_code, back_at, approved, "
				+ "source_file_id, source_row) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
		jdbc.batchUpdate("insert into fact_revision (kind, fact_key, source_file_id, source_row) values (?, ?, ?, ?)",
				revisions);
	}

	private void breakOn(String agent, LocalDate day) {
		breaks(agent, 1, day);
	}

	private static LocalDateTime out(int i, LocalDate day) {
		return day.atTime(8, 0).plusMinutes(i % 600).plusSeconds(i / 600);
	}

	private static String breakKey(String agentPrefix, int i, LocalDate day) {
		return agentPrefix + "-" + i + "|" + out(i, day);
	}

	private void evaluations(String prefix, int count, LocalDate day) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> revisions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { prefix + "-" + i, day, "A0001", "Q01", false, 1, "Sheet1", i + 2 });
			revisions.add(new Object[] { "EVALUATIONS", prefix + "-" + i, 1, i + 2 });
		}
		jdbc.batchUpdate("insert into qa_evaluation (evaluation_id, call_date, agent_id, evaluator_id, floor_observation, "
				+ "source_file_id, source_sheet, source_row) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
		jdbc.batchUpdate("insert into fact_revision (kind, fact_key, source_file_id, source_row) values (?, ?, ?, ?)",
				revisions);
	}

	private void evaluationOn(String id, LocalDate day) {
		jdbc.update("insert into qa_evaluation (evaluation_id, call_date, agent_id, evaluator_id, floor_observation, "
				+ "source_file_id, source_sheet, source_row) values (?, ?, 'A0001', 'Q01', false, 1, 'Sheet1', 2)", id, day);
		revision("EVALUATIONS", id);
	}

	private void revision(String kind, String key) {
		jdbc.update("insert into fact_revision (kind, fact_key, source_file_id, source_row) values (?, ?, 1, 2)", kind, key);
	}

}
