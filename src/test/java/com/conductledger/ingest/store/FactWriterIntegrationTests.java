package com.conductledger.ingest.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.ParsedRow.Accepted;
import com.conductledger.ingest.RawRow;
import com.conductledger.support.LedgerTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer's replacement of re-stated keys, whose deletes go one statement per slice of keys:
 * a re-stated key replaces its own row and no other, across more keys than one delete takes, for
 * keys of one column, of several, and with a timestamp in them. Runs on H2 here and on the MySQL
 * server in {@code FactWriterMySqlIntegrationTests}.
 */
@SpringBootTest
@ActiveProfiles("test")
class FactWriterIntegrationTests {

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);

	@Autowired
	FactWriter writer;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() {
		LedgerTables.empty(jdbc);
		for (long id = 1; id <= 2; id++) {
			jdbc.update("insert into source_file (id, file_name, kind, sha256, size_bytes, archive_path, received_at, status) "
					+ "values (?, ?, 'ROSTER', ?, 0, '', ?, 'TAKEN')", id, "file-" + id + ".csv", "%064d".formatted(id),
					LocalDateTime.of(2026, 12, 1, 1, 30));
		}
	}

	@Test
	void aReStatedShiftReplacesItsOwnRowAndNoOtherAcrossSeveralDeletes() {
		List<Accepted> month = new ArrayList<>();
		for (int agent = 0; agent < 100; agent++) {
			for (int day = 0; day < 25; day++) {
				month.add(shift(agent, day, "DAY", 8, month.size() + 2));
			}
		}
		writer.replace(InputKind.ROSTER, 1, month);
		List<Accepted> correction = new ArrayList<>();
		for (int agent = 0; agent < 100; agent++) {
			for (int day = 0; day < 25; day++) {
				boolean restated = (agent + day) % 2 == 0;
				correction.add(shift(agent, day, restated ? "DAY" : "EVENING", restated ? 9 : 14, correction.size() + 2));
			}
		}
		assertThat(correction).hasSizeGreaterThan(2 * FactWriter.KEYS_PER_DELETE);

		writer.replace(InputKind.ROSTER, 2, correction);

		assertThat(count("roster_shift")).isEqualTo(2500 + 1250);
		assertThat(count("roster_shift where shift_code = 'DAY' and source_file_id = 2")).isEqualTo(1250);
		assertThat(count("roster_shift where shift_code = 'DAY' and source_file_id = 1")).isEqualTo(1250);
		assertThat(jdbc.queryForObject("select count(*) from roster_shift where shift_code = 'DAY' and start_time = ?",
				Integer.class, LocalTime.of(9, 0))).isEqualTo(1250);
		assertThat(jdbc.queryForObject("select start_time from roster_shift where agent_id = 'A0099' "
				+ "and shift_date = ? and shift_code = 'DAY'", LocalTime.class, FIRST_DAY.plusDays(23))).isEqualTo(LocalTime.of(9, 0));
		assertThat(jdbc.queryForObject("select start_time from roster_shift where agent_id = 'A0099' "
				+ "and shift_date = ? and shift_code = 'DAY'", LocalTime.class, FIRST_DAY.plusDays(24))).isEqualTo(LocalTime.of(8, 0));
		assertThat(count("fact_revision where kind = 'ROSTER'")).isEqualTo(5000);
	}

	@Test
	void aReStatedLeaveTakesEveryColumnOfItsNewRowIncludingTheOnesItLeavesEmpty() {
		writer.replace(InputKind.LEAVE, 1, List.of(leave("L1", "APPROVED", "T01", 2), leave("L2", "APPROVED", "T01", 3)));

		writer.replace(InputKind.LEAVE, 2, List.of(leave("L1", "PENDING", null, 7)));

		assertThat(jdbc.queryForList("select leave_id, status, approver_id, source_file_id, source_row from leave_request "
				+ "order by leave_id")
			.stream()
			.map(row -> row.get("leave_id") + " " + row.get("status") + " " + row.get("approver_id") + " "
					+ row.get("source_file_id") + " " + row.get("source_row"))
			.toList()).containsExactly("L1 PENDING null 2 7", "L2 APPROVED T01 1 3");
		assertThat(count("fact_revision where kind = 'LEAVE'")).isEqualTo(3);
	}

	@Test
	void aReStatedBreakIsFoundByItsTimestamp() {
		writer.replace(InputKind.BREAKS, 1, List.of(breakOut("A0001", 10, 0, 2), breakOut("A0001", 15, 30, 3),
				breakOut("A0002", 10, 0, 4)));

		writer.replace(InputKind.BREAKS, 2, List.of(breakOut("A0001", 15, 30, 2), breakOut("A0002", 10, 1, 3)));

		assertThat(jdbc.queryForList("select agent_id, out_at, source_file_id from break_record order by agent_id, out_at")
			.stream()
			.map(row -> row.get("agent_id") + " " + row.get("out_at").toString().substring(11, 16) + " "
					+ row.get("source_file_id"))
			.toList()).containsExactly("A0001 10:00 1", "A0001 15:30 2", "A0002 10:00 1", "A0002 10:01 2");
	}

	@Test
	void aReStatedEvaluationLosesTheItemScoresItNoLongerStates() {
		writer.replace(InputKind.EVALUATIONS, 1, List.of(evaluation("E1", "opening", "closing"), evaluation("E2", "opening")));

		writer.replace(InputKind.EVALUATIONS, 2, List.of(evaluation("E1", "closing")));

		assertThat(jdbc.queryForList("select evaluation_id, item from qa_item_score order by evaluation_id, item")
			.stream()
			.map(row -> row.get("evaluation_id") + " " + row.get("item"))
			.toList()).containsExactly("E1 closing", "E2 opening");
		assertThat(count("qa_evaluation")).isEqualTo(2);
	}

	/**
	 * Every kind of value comes back as it was written: on the MySQL server the facts go as a local file
	 * of tab-separated text, where a tab, a line break, a backslash or the text {@code \N} in a name
	 * would end a field, end a row or read as null unless escaped.
	 */
	@Test
	void everyKindOfValueComesBackAsWritten() {
		String name = "王\t小明\n\"A\" \\N 'x'\r\\ \u0000end";
		Map<String, Object> person = new LinkedHashMap<>(key("agent_id", "A\\1"));
		person.put("name", name);
		person.put("team", null);
		person.put("job_type", "");
		person.put("skill_level", 3);
		person.put("role", "AGENT");
		person.put("team_lead_id", "\\N");
		writer.replace(InputKind.AGENTS, 1, List.of(accepted(2, key("agent_id", "A\\1"),
				new FactRow(FactTable.PERSON, person))));
		Accepted leave = leave("L1", "APPROVED", "T01", 3);
		Map<String, Object> values = new LinkedHashMap<>(leave.rows().get(0).values());
		values.put("urgent", true);
		values.put("requested_at", FIRST_DAY.atTime(9, 5, 7));
		values.put("certificate_submitted_on", FIRST_DAY.plusDays(12));
		writer.replace(InputKind.LEAVE, 1, List.of(accepted(3, leave.keyValues(), new FactRow(FactTable.LEAVE_REQUEST, values))));
		Map<String, Object> evaluation = new LinkedHashMap<>(key("evaluation_id", "E9"));
		evaluation.put("call_date", FIRST_DAY);
		evaluation.put("agent_id", "A0001");
		evaluation.put("evaluator_id", "Q01");
		evaluation.put("floor_observation", true);
		evaluation.put("comment_text", "语速快\t\\ 后半段好");
		evaluation.put("source_sheet", "一月");
		writer.replace(InputKind.EVALUATIONS, 1, List.of(new Accepted(new RawRow("一月", 4, Map.of()), "E9",
				key("evaluation_id", "E9"), List.of(new FactRow(FactTable.QA_EVALUATION, evaluation),
						new FactRow(FactTable.QA_ITEM_SCORE, Map.of("evaluation_id", "E9", "item", "greeting", "score",
								new java.math.BigDecimal("9.5")))))));

		assertThat(count("person")).isOne();
		assertThat(jdbc.queryForObject("select name from person", String.class)).isEqualTo(name);
		assertThat(jdbc.queryForObject("select agent_id from person", String.class)).isEqualTo("A\\1");
		assertThat(jdbc.queryForObject("select team from person", String.class)).isNull();
		assertThat(jdbc.queryForObject("select job_type from person", String.class)).isEmpty();
		assertThat(jdbc.queryForObject("select skill_level from person", Integer.class)).isEqualTo(3);
		assertThat(jdbc.queryForObject("select team_lead_id from person", String.class)).isEqualTo("\\N");
		assertThat(jdbc.queryForObject("select urgent from leave_request", Boolean.class)).isTrue();
		assertThat(jdbc.queryForObject("select certificate from leave_request", Boolean.class)).isFalse();
		assertThat(jdbc.queryForObject("select requested_at from leave_request", LocalDateTime.class))
			.isEqualTo(FIRST_DAY.atTime(9, 5, 7));
		assertThat(jdbc.queryForObject("select certificate_submitted_on from leave_request", LocalDate.class))
			.isEqualTo(FIRST_DAY.plusDays(12));
		assertThat(jdbc.queryForObject("select approved_at from leave_request", LocalDateTime.class))
			.isEqualTo(FIRST_DAY.atTime(12, 0));
		assertThat(jdbc.queryForObject("select comment_text from qa_evaluation", String.class)).isEqualTo("语速快\t\\ 后半段好");
		assertThat(jdbc.queryForObject("select source_sheet from qa_evaluation", String.class)).isEqualTo("一月");
		assertThat(jdbc.queryForObject("select call_id from qa_evaluation", String.class)).isNull();
		assertThat(jdbc.queryForObject("select floor_observation from qa_evaluation", Boolean.class)).isTrue();
		assertThat(jdbc.queryForObject("select score from qa_item_score", java.math.BigDecimal.class))
			.isEqualByComparingTo("9.5");
		assertThat(jdbc.queryForList("select fact_key from fact_revision order by id", String.class))
			.containsExactly("A\\1", "L1", "E9");
	}

	private static Accepted shift(int agent, int day, String code, int startHour, int sourceRow) {
		String agentId = String.format("A%04d", agent);
		LocalDate date = FIRST_DAY.plusDays(day);
		Map<String, Object> key = key("agent_id", agentId, "shift_date", date, "shift_code", code);
		Map<String, Object> values = new LinkedHashMap<>(key);
		values.put("start_time", LocalTime.of(startHour, 0));
		values.put("end_time", LocalTime.of(startHour + 8, 0));
		return accepted(sourceRow, key, new FactRow(FactTable.ROSTER_SHIFT, values));
	}

	private static Accepted leave(String id, String status, String approver, int sourceRow) {
		Map<String, Object> key = key("leave_id", id);
		Map<String, Object> values = new LinkedHashMap<>(key);
		values.put("agent_id", "A0001");
		values.put("leave_type", "ANNUAL");
		values.put("urgent", false);
		values.put("first_date", FIRST_DAY.plusDays(10));
		values.put("last_date", FIRST_DAY.plusDays(11));
		values.put("requested_at", FIRST_DAY.atTime(9, 0));
		values.put("submitted_by", "A0001");
		values.put("status", status);
		values.put("approver_id", approver);
		values.put("approved_at", approver == null ? null : FIRST_DAY.atTime(12, 0));
		values.put("certificate", false);
		values.put("certificate_submitted_on", null);
		return accepted(sourceRow, key, new FactRow(FactTable.LEAVE_REQUEST, values));
	}

	private static Accepted breakOut(String agentId, int hour, int minute, int sourceRow) {
		LocalDateTime out = FIRST_DAY.atTime(hour, minute);
		Map<String, Object> key = key("agent_id", agentId, "out_at", out);
		Map<String, Object> values = new LinkedHashMap<>(key);
		values.put("shift_date", FIRST_DAY);
		values.put("shift_code", "DAY");
		values.put("back_at", out.plusMinutes(15));
		values.put("approved", true);
		return accepted(sourceRow, key, new FactRow(FactTable.BREAK_RECORD, values));
	}

	private static Accepted evaluation(String id, String... items) {
		Map<String, Object> key = key("evaluation_id", id);
		Map<String, Object> values = new LinkedHashMap<>(key);
		values.put("call_date", FIRST_DAY);
		values.put("agent_id", "A0001");
		values.put("evaluator_id", "Q01");
		values.put("floor_observation", false);
		values.put("source_sheet", "Sheet1");
		List<FactRow> rows = new ArrayList<>();
		rows.add(new FactRow(FactTable.QA_EVALUATION, values));
		for (String item : items) {
			rows.add(new FactRow(FactTable.QA_ITEM_SCORE, Map.of("evaluation_id", id, "item", item, "score", 10)));
		}
		return new Accepted(new RawRow("Sheet1", 2, Map.of()), id, key, rows);
	}

	private static Accepted accepted(int sourceRow, Map<String, Object> key, FactRow row) {
		String factKey = String.join("|", key.values().stream().map(String::valueOf).toList());
		return new Accepted(new RawRow(null, sourceRow, Map.of()), factKey, key, List.of(row));
	}

	private static Map<String, Object> key(Object... columnsAndValues) {
		Map<String, Object> key = new LinkedHashMap<>();
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			key.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
		}
		return key;
	}

	private int count(String tableAndWhere) {
		return jdbc.queryForObject("select count(*) from " + tableAndWhere, Integer.class);
	}

}
