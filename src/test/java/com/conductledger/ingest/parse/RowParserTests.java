package com.conductledger.ingest.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.ParsedRow;
import com.conductledger.ingest.Problem;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.store.FactRow;
import com.conductledger.scoring.rules.RulesFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** Row validation of issue 8, row by row: QA inspectors, text maxima, garbled text, Chinese Excel dates, 24:00. */
class RowParserTests {

	private static final KnownPeople PEOPLE = new KnownPeople(Map.of("A001", "AGENT", "A002", "AGENT", "S01",
			"SUPERVISOR", "😀A", "AGENT"));

	@Test
	void anEvaluatorWhoIsNotInAgentsCsvIsTakenAsGiven() {
		ParsedRow parsed = parse(InputKind.EVALUATIONS, evaluation("E1", "A001", "Q01"));

		assertThat(parsed).isInstanceOf(ParsedRow.Accepted.class);
		assertThat(mainRow(parsed).values()).containsEntry("evaluator_id", "Q01").containsEntry("agent_id", "A001");
	}

	@Test
	void aSelfEvaluationIsRejectedWhateverTheCaseOfTheIds() {
		assertThat(problems(InputKind.EVALUATIONS, evaluation("E1", "A001", "A001")))
			.containsExactly("evaluator_id|A001|is the evaluated agent: a self-evaluation is not taken");
		assertThat(problems(InputKind.EVALUATIONS, evaluation("E1", "A001", "a001")))
			.containsExactly("evaluator_id|a001|is the evaluated agent: a self-evaluation is not taken");
	}

	@Test
	void anEvaluationWithoutAnEvaluatorIsRejected() {
		assertThat(problems(InputKind.EVALUATIONS, evaluation("E1", "A001", ""))).containsExactly("evaluator_id||is required");
	}

	@Test
	void theEvaluatedAgentMustStillBeKnownAndWaitsForPeopleWhenNot() {
		ParsedRow parsed = parse(InputKind.EVALUATIONS, evaluation("E1", "X404", "Q01"));

		assertThat(problems(parsed)).containsExactly("agent_id|X404|unknown agent: not in agents.csv");
		assertThat(((ParsedRow.Rejected) parsed).waitsForPeople()).isTrue();
		assertThat(((ParsedRow.Rejected) parsed).rowDate()).isEqualTo(LocalDate.of(2026, 11, 4));
	}

	@Test
	void aRowWithAnUnknownPersonAndAnotherProblemDoesNotWaitForPeople() {
		Map<String, String> cells = evaluation("E1", "X404", "Q01");
		cells.put("greeting", "11");

		assertThat(((ParsedRow.Rejected) parse(InputKind.EVALUATIONS, cells)).waitsForPeople()).isFalse();
	}

	@Test
	void aTextAtItsMaximumIsTakenAndOneCharacterMoreIsRejectedWithTheMaximumNamed() {
		assertThat(parse(InputKind.AGENTS, agent("A101", "王".repeat(100)))).isInstanceOf(ParsedRow.Accepted.class);

		assertThat(problems(InputKind.AGENTS, agent("A101", "王".repeat(101))))
			.containsExactly("name|" + "王".repeat(101) + "|is too long: 101 characters, at most 100");
	}

	@Test
	void charactersAreCountedAsMySqlCountsThemOneForAnEmoji() {
		String hundredEmoji = "😀".repeat(100);

		assertThat(hundredEmoji.length()).isEqualTo(200);
		assertThat(parse(InputKind.AGENTS, agent("A101", hundredEmoji))).isInstanceOf(ParsedRow.Accepted.class);
		assertThat(problems(InputKind.AGENTS, agent("A101", hundredEmoji + "😀"))).singleElement()
			.asString()
			.endsWith("|is too long: 101 characters, at most 100");
	}

	@Test
	void everyTextColumnHasItsMaximum() {
		assertThat(problems(InputKind.AGENTS, agent("A".repeat(33), "王芳"))).singleElement()
			.asString()
			.endsWith("is too long: 33 characters, at most 32");
		Map<String, String> evaluation = evaluation("E".repeat(41), "A001", "Q".repeat(33));
		evaluation.put("call_id", "C".repeat(61));
		assertThat(problems(InputKind.EVALUATIONS, evaluation)).extracting(line -> line.substring(0, line.indexOf('|')))
			.containsExactly("evaluation_id", "call_id", "evaluator_id");
	}

	@Test
	void aCommentHoldsWhatAnExcelCellHolds() {
		Map<String, String> full = evaluation("E1", "A001", "Q01");
		full.put("comment", "好".repeat(32_767));
		Map<String, String> tooLong = evaluation("E2", "A001", "Q01");
		tooLong.put("comment", "好".repeat(40_000));

		assertThat(mainRow(parse(InputKind.EVALUATIONS, full)).values().get("comment_text")).asString().hasSize(32_767);
		assertThat(problems(InputKind.EVALUATIONS, tooLong)).singleElement()
			.asString()
			.startsWith("comment|")
			.endsWith("|is too long: 40000 characters, at most 32767");
	}

	@Test
	void aNulCharacterRejectsTheRowEvenAtTheEndOfTheCell() {
		assertThat(problems(InputKind.AGENTS, agent("A101", "王芳\u0000"))).singleElement()
			.asString()
			.contains("contains a NUL character");
	}

	@Test
	void theReplacementCharacterOfGarbledTextRejectsTheRow() {
		assertThat(problems(InputKind.AGENTS, agent("A101", "\uFFFD\uFFFD"))).singleElement()
			.asString()
			.contains("contains U+FFFD");
	}

	@Test
	void aScoreThatIsAFormulaWithoutACachedValueIsRejectedAsSuchNotAsBlank() {
		Map<String, String> cells = evaluation("E1", "A001", "Q01");
		cells.put("greeting", "=SUM(F3:F4)");
		RawRow row = new RawRow("Evaluations", 2, cells, null,
				Map.of("greeting", "formula without a cached value: open the file in Excel and save it"));

		ParsedRow parsed = RowParsers.forKind(InputKind.EVALUATIONS, PEOPLE, RulesFixtures.defaultSchedule()).parse(row);

		assertThat(problems(parsed))
			.containsExactly("greeting|=SUM(F3:F4)|formula without a cached value: open the file in Excel and save it");
	}

	@Test
	void datesAndTimesAsExcelWritesThemOnAChineseLocaleAreTaken() {
		Map<String, String> cells = new HashMap<>(Map.of("agent_id", "A001", "date", "2026/11/3", "shift", "DAY",
				"sign_in", "2026/11/3 8:05", "sign_out", "2026/11/3 16:00"));

		FactRow row = mainRow(parse(InputKind.ATTENDANCE, cells));

		assertThat(row.values()).containsEntry("shift_date", LocalDate.of(2026, 11, 3))
			.containsEntry("sign_in", LocalDateTime.of(2026, 11, 3, 8, 5))
			.containsEntry("sign_out", LocalDateTime.of(2026, 11, 3, 16, 0));
	}

	@Test
	void aRosterWithHMmTimesIsTaken() {
		FactRow row = mainRow(parse(InputKind.ROSTER,
				Map.of("agent_id", "A001", "date", "2026/11/3", "shift", "NIGHT", "start", "22:00", "end", "6:00")));

		assertThat(row.values()).containsEntry("end_time", LocalTime.of(6, 0));
	}

	@Test
	void twentyFourHundredIsRejectedWithTheFormToWriteInstead() {
		assertThat(problems(InputKind.BREAKS, Map.of("agent_id", "A001", "date", "2026-11-03", "shift", "NIGHT", "out_at",
				"2026-11-03 24:00", "back_at", "2026-11-04 00:03", "approved", "true")))
			.containsExactly("out_at|2026-11-03 24:00|24:00 is not a time of day: write 2026-11-04 00:00");
		assertThat(problems(InputKind.ROSTER,
				Map.of("agent_id", "A001", "date", "2026-11-03", "shift", "EVENING", "start", "16:00", "end", "24:00")))
			.containsExactly("end|24:00|24:00 is not a time of day: write 00:00 (of the next day)");
		assertThat(problems(InputKind.ATTENDANCE, Map.of("agent_id", "A001", "date", "2026-11-03", "shift", "NIGHT",
				"sign_in", "2026/11/3 24:00", "sign_out", "")))
			.containsExactly("sign_in|2026/11/3 24:00|24:00 is not a time of day: write 2026-11-04 00:00");
	}

	@Test
	void aMixedOrForeignDateNamesBothFormsItMayTake() {
		assertThat(problems(InputKind.HOLIDAYS, Map.of("date", "11/3/2026", "name", "周年庆")))
			.containsExactly("date|11/3/2026|must be a date YYYY-MM-DD or YYYY/M/D");
	}

	@Test
	void aPersonIdWithAnEmojiIsKnownByItsWholeText() {
		assertThat(parse(InputKind.ROSTER,
				Map.of("agent_id", "😀A", "date", "2026-11-03", "shift", "DAY", "start", "8:00", "end", "16:00")))
			.isInstanceOf(ParsedRow.Accepted.class);
	}

	private static Map<String, String> agent(String id, String name) {
		return new HashMap<>(Map.of("agent_id", id, "name", name, "team", "T01", "job_type", "VOICE", "skill_level", "3",
				"role", "AGENT", "team_lead_id", ""));
	}

	private static Map<String, String> evaluation(String id, String agent, String evaluator) {
		Map<String, String> cells = new HashMap<>(Map.of("evaluation_id", id, "call_date", "2026-11-04", "agent_id", agent,
				"call_id", "CALL-1", "evaluator_id", evaluator, "violations", "", "comment", "好"));
		cells.putAll(Map.of("greeting", "9", "listening", "18", "accuracy", "28", "courtesy", "17", "compliance", "10",
				"closing", "10"));
		return cells;
	}

	private static ParsedRow parse(InputKind kind, Map<String, String> cells) {
		return RowParsers.forKind(kind, PEOPLE, RulesFixtures.defaultSchedule()).parse(new RawRow(null, 2, cells));
	}

	private static FactRow mainRow(ParsedRow parsed) {
		assertThat(parsed).as(parsed.toString()).isInstanceOf(ParsedRow.Accepted.class);
		return ((ParsedRow.Accepted) parsed).rows().get(0);
	}

	private static List<String> problems(InputKind kind, Map<String, String> cells) {
		return problems(parse(kind, cells));
	}

	private static List<String> problems(ParsedRow parsed) {
		assertThat(parsed).isInstanceOf(ParsedRow.Rejected.class);
		return ((ParsedRow.Rejected) parsed).problems()
			.stream()
			.map((Problem problem) -> problem.column() + "|" + problem.value() + "|" + problem.reason())
			.toList();
	}

}
