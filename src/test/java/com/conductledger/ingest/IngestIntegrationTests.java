package com.conductledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FileOutcome.Result;
import com.conductledger.ingest.job.UnknownPeopleRetry;
import com.conductledger.progress.ProgressBoard;
import com.conductledger.support.EvaluationWorkbook;
import com.conductledger.support.LedgerTables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ingest job end to end against a real database: every kind of input file, every kind of bad
 * row of formats.md, re-ingest and corrections. Runs on H2 here and on the MySQL server in
 * {@code IngestMySqlIntegrationTests}.
 */
@SpringBootTest
@ActiveProfiles("test")
class IngestIntegrationTests {

	// the MySQL variant inherits every test below

	/** The facts, their history, the rejections and the files. */
	private static final List<String> TABLES = List.of("person", "holiday", "roster_shift", "attendance",
			"leave_request", "shift_swap", "break_record", "qa_evaluation", "qa_item_score", "qa_conduct_code",
			"fact_revision", "rejected_row", "source_file");

	@Autowired
	FolderIngest folderIngest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path input;

	@BeforeEach
	void emptyDatabase() {
		LedgerTables.empty(jdbc);
	}

	@Test
	void everyKindOfInputFileIsTaken() throws IOException {
		monthFolder();

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.files()).extracting(FileOutcome::name, FileOutcome::result, FileOutcome::taken,
				FileOutcome::rejected)
			.containsExactly(tuple("agents.csv", Result.TAKEN, 6, 0), tuple("holidays.csv", Result.TAKEN, 1, 0),
					tuple("roster.csv", Result.TAKEN, 5, 0), tuple("attendance.csv", Result.TAKEN, 3, 0),
					tuple("leave.csv", Result.TAKEN, 2, 0), tuple("swaps.csv", Result.TAKEN, 1, 0),
					tuple("breaks.csv", Result.TAKEN, 2, 0), tuple("evaluations/qa-dates-as-cells.xlsx", Result.TAKEN, 3, 0),
					tuple("evaluations/qa-dates-as-text.xlsx", Result.TAKEN, 1, 0));
		assertThat(count("person")).isEqualTo(6);
		assertThat(count("qa_evaluation")).isEqualTo(4);
	}

	@Test
	void chineseTextQuotedCommasAndABomSurvive() throws IOException {
		monthFolder();

		folderIngest.ingest(input);

		assertThat(jdbc.queryForObject("select name from person where agent_id = 'A001'", String.class)).isEqualTo("王芳");
		assertThat(jdbc.queryForObject("select name from person where agent_id = 'A003'", String.class))
			.isEqualTo("张伟, 小张");
		assertThat(jdbc.queryForObject("select name from holiday", String.class)).isEqualTo("中心周年庆, 全员值守");
	}

	@Test
	void booleansAreReadInEverySpellingOfFormatsMd() throws IOException {
		monthFolder();

		folderIngest.ingest(input);

		assertThat(jdbc.queryForList("select leave_id, urgent, certificate from leave_request order by leave_id"))
			.extracting(row -> List.of(row.get("leave_id"), row.get("urgent"), row.get("certificate")))
			.containsExactly(List.of("LV001", false, false), List.of("LV002", false, true));
		assertThat(jdbc.queryForList("select approved from break_record order by agent_id", Boolean.class))
			.containsExactly(true, false);
	}

	@Test
	void timesAndTimestampsKeepTheirWallClockValues() throws IOException {
		monthFolder();

		folderIngest.ingest(input);

		assertThat(jdbc.queryForObject("select sign_in from attendance where agent_id = 'A001' and shift_code = 'NIGHT'",
				LocalDateTime.class)).isEqualTo(LocalDateTime.of(2026, 11, 3, 21, 45));
		assertThat(jdbc.queryForObject("select sign_out from attendance where agent_id = 'A001' and shift_code = 'NIGHT'",
				LocalDateTime.class)).isEqualTo(LocalDateTime.of(2026, 11, 4, 6, 1));
		assertThat(jdbc.queryForObject("select sign_out from attendance where agent_id = 'A002'", Object.class)).isNull();
		assertThat(jdbc.queryForObject("select end_time from roster_shift where agent_id = 'A001' and shift_code = 'NIGHT'",
				Time.class).toLocalTime()).isEqualTo(LocalTime.of(6, 0));
	}

	@Test
	void excelDateCellsAndTextDatesGiveTheSameCallDate() throws IOException {
		monthFolder();

		folderIngest.ingest(input);

		assertThat(jdbc.queryForList("select evaluation_id, call_date from qa_evaluation order by evaluation_id"))
			.extracting(row -> row.get("evaluation_id") + " " + row.get("call_date"))
			.containsExactly("E1-1 2026-11-02", "E1-2 2026-11-03", "E1-3 2026-11-03", "E2-1 2026-11-02");
	}

	@Test
	void kindsTakenSideBySideLeaveExactlyWhatOneFileAtATimeLeaves() throws IOException {
		monthFolder();
		// later drops of two kinds re-state rows of the plain files, and each holds a bad row and an unknown person
		Files.writeString(input.resolve("roster-2026-11-03.csv"), """
				agent_id,date,shift,start,end
				A001,2026-11-03,NIGHT,22:30,06:30
				A002,2026-11-31,DAY,08:00,16:00
				Z999,2026-11-04,DAY,08:00,16:00
				""");
		Files.writeString(input.resolve("attendance-2026-11-03.csv"), """
				agent_id,date,shift,sign_in,sign_out
				A002,2026-11-02,DAY,2026-11-02T08:03,2026-11-02T16:10
				A002,2026-11-03,EVENING,2026-11-03T14:00,2026-11-03T13:00
				""");
		Files.writeString(input.resolve("breaks-2026-11-03.csv"), """
				agent_id,date,shift,out_at,back_at,approved
				A001,2026-11-02,DAY,2026-11-02T10:00,2026-11-02T10:15,true
				""");

		IngestReport oneAtATime = folderIngestTaking(1).ingest(input);
		Map<String, List<String>> facts = everyRow();
		LedgerTables.empty(jdbc);
		IngestReport sideBySide = folderIngestTaking(4).ingest(input);

		assertThat(everyRow()).isEqualTo(facts);
		assertThat(sideBySide.files()).extracting(FileOutcome::name, FileOutcome::result, FileOutcome::taken,
				FileOutcome::rejected)
			.containsExactlyElementsOf(oneAtATime.files().stream()
				.map(file -> tuple(file.name(), file.result(), file.taken(), file.rejected()))
				.toList());
		assertThat(jdbc.queryForObject("select start_time from roster_shift where agent_id = 'A001' "
				+ "and shift_date = '2026-11-03'", Time.class).toLocalTime()).isEqualTo(LocalTime.of(22, 30));
		assertThat(facts.get("rejected_row")).hasSize(3);
	}

	/** The folder ingest of this context, taking {@code threads} kinds at once. */
	private FolderIngest folderIngestTaking(int threads) {
		return new FolderIngest(context.getBean(FileIngest.class),
				context.getBean(UnknownPeopleRetry.class), context.getBean(ProgressBoard.class), threads);
	}

	/**
	 * Every row of the facts, their history and the rejections, each as text, sorted; a file named by its
	 * name, not its id (ids are given in the order files are registered, which differs between the runs).
	 */
	private Map<String, List<String>> everyRow() {
		Map<Object, Object> fileNames = new HashMap<>();
		jdbc.queryForList("select id, file_name from source_file").forEach(row -> fileNames.put(row.get("id"),
				row.get("file_name")));
		Map<String, List<String>> rows = new TreeMap<>();
		for (String table : TABLES) {
			rows.put(table, jdbc.queryForList("select * from " + table).stream().map(row -> {
				Map<String, Object> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
				columns.putAll(row);
				columns.remove("id");
				columns.remove("received_at");
				columns.computeIfPresent("source_file_id", (column, id) -> fileNames.get(id));
				return columns.toString();
			}).sorted().toList());
		}
		return rows;
	}

	@Test
	void evaluationsKeepItemScoresConductCodesAndFloorObservations() throws IOException {
		monthFolder();

		folderIngest.ingest(input);

		assertThat(jdbc.queryForObject("select sum(score) from qa_item_score where evaluation_id = 'E1-1'", Integer.class))
			.isEqualTo(92);
		assertThat(jdbc.queryForList("select code from qa_conduct_code where evaluation_id = 'E1-2' order by position",
				String.class))
			.containsExactly("C08", "C14");
		assertThat(jdbc.queryForObject("select floor_observation from qa_evaluation where evaluation_id = 'E1-3'",
				Boolean.class))
			.isTrue();
		assertThat(count("qa_item_score where evaluation_id = 'E1-3'")).isZero();
		assertThat(jdbc.queryForObject("select comment_text from qa_evaluation where evaluation_id = 'E1-1'", String.class))
			.isEqualTo("开场白规范，语速稍快");
	}

	@Test
	void theRawFileIsKeptByItsSha256() throws IOException {
		monthFolder();

		folderIngest.ingest(input);

		Map<String, Object> roster = jdbc.queryForMap("select sha256, archive_path from source_file where kind = 'ROSTER'");
		Path archived = Path.of((String) roster.get("archive_path"));
		assertThat(archived).exists().hasSameBinaryContentAs(input.resolve("roster.csv"));
		assertThat(archived.getFileName().toString()).startsWith((String) roster.get("sha256"));
	}

	@Test
	void theSameFolderFedTwiceChangesNothing() throws IOException {
		monthFolder();
		folderIngest.ingest(input);
		Map<String, Object> before = snapshot();

		IngestReport second = folderIngest.ingest(input);

		assertThat(second.files()).extracting(FileOutcome::result).containsOnly(Result.UNCHANGED);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aCorrectedFileReplacesTheRowsItRestatesAndKeepsTheHistory() throws IOException {
		monthFolder();
		folderIngest.ingest(input);
		Files.writeString(input.resolve("roster.csv"), """
				agent_id,date,shift,start,end
				A001,2026-11-02,DAY,09:00,17:00
				A003,2026-11-05,EVENING,14:00,22:00
				""");

		IngestReport corrected = folderIngest.ingest(input);

		assertThat(corrected.files()).filteredOn(file -> file.kind() == InputKind.ROSTER)
			.extracting(FileOutcome::result, FileOutcome::taken)
			.containsExactly(tuple(Result.TAKEN, 2));
		assertThat(count("roster_shift")).isEqualTo(6);
		assertThat(jdbc.queryForObject(
				"select start_time from roster_shift where agent_id = 'A001' and shift_date = '2026-11-02'",
				Time.class).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
		assertThat(jdbc.queryForList("""
				select f.file_name, r.source_row from fact_revision r join source_file f on f.id = r.source_file_id
				where r.kind = 'ROSTER' and r.fact_key = 'A001|2026-11-02|DAY' order by r.id""")).hasSize(2);
		assertThat(count("source_file where kind = 'ROSTER'")).isEqualTo(2);
	}

	@Test
	void badAgentRowsAreRejectedAndGoodOnesTaken() throws IOException {
		FileOutcome outcome = ingestBadFile("agents-containsBadRecords.csv", "agents.csv");

		assertThat(outcome.taken()).isEqualTo(1);
		assertThat(rejections(outcome)).containsExactly(
				"3|skill_level|7|must be a whole number from 1 to 5", "4|role|CLEANER|must be one of AGENT, TEAM_LEAD, SUPERVISOR, OPS_MANAGER",
				"5|agent_id|A101|duplicate id: already given in row 2 of this file",
				"6|||expected 7 fields as in the header, found 8");
		assertThat(jdbc.queryForObject("select name from person where agent_id = 'A101'", String.class)).isEqualTo("周杰");
	}

	@Test
	void badRosterRowsAreRejectedAndGoodOnesTaken() throws IOException {
		FileOutcome outcome = ingestBadFile("roster-containsBadRecords.csv", "roster.csv");

		assertThat(outcome.taken()).isEqualTo(1);
		assertThat(rejections(outcome)).containsExactly("3|agent_id|X999|unknown agent: not in agents.csv",
				"4|date|2026-11-31|must be a date YYYY-MM-DD or YYYY/M/D", "5|shift|MORNING|must be one of DAY, EVENING, NIGHT",
				"6|start|8am|must be a time HH:mm or H:mm",
				"7|agent_id+shift_date+shift_code|A001|2026-11-04|DAY|duplicate id: already given in row 2 of this file");
	}

	@Test
	void badAttendanceRowsAreRejectedAndGoodOnesTaken() throws IOException {
		FileOutcome outcome = ingestBadFile("attendance-containsBadRecords.csv", "attendance.csv");

		assertThat(outcome.taken()).isEqualTo(1);
		assertThat(rejections(outcome)).containsExactly("3|sign_out|2026-11-04T07:00|is before sign_in 2026-11-04T08:00",
				"4|sign_in|07:50|must be a timestamp YYYY-MM-DD HH:mm or YYYY/M/D H:mm (a T or a space between)",
				"5|sign_in|2026-11-09T07:50|is more than a day away from the shift date 2026-11-05");
	}

	@Test
	void badLeaveRowsAreRejectedWithEveryProblemNamed() throws IOException {
		FileOutcome outcome = ingestBadFile("leave-containsBadRecords.csv", "leave.csv");

		assertThat(outcome.taken()).isEqualTo(1);
		assertThat(outcome.rejected()).isEqualTo(3);
		assertThat(rejections(outcome)).containsExactlyInAnyOrder(
				"3|last_date|2026-11-06|is before first_date 2026-11-07",
				"3|urgent|maybe|must be true/false, 1/0, Y/N or 是/否", "4|type|HOLIDAY|must be one of PERSONAL, SICK",
				"4|status|DONE|must be one of APPROVED, REJECTED, PENDING",
				"4|approver_id|Z01|unknown agent: not in agents.csv",
				"5|leave_id|LV101|duplicate id: already given in row 2 of this file");
	}

	@Test
	void badSwapRowsAreRejectedAndGoodOnesTaken() throws IOException {
		FileOutcome outcome = ingestBadFile("swaps-containsBadRecords.csv", "swaps.csv");

		assertThat(outcome.taken()).isEqualTo(1);
		assertThat(rejections(outcome)).containsExactlyInAnyOrder(
				"3|counterpart_id|A001|is the requester: a swap needs two people", "4|repay_date||is required",
				"4|requested_at|yesterday|must be a timestamp YYYY-MM-DD HH:mm or YYYY/M/D H:mm (a T or a space between)");
	}

	@Test
	void badBreakRowsAreRejectedIncludingAnUnclosedQuote() throws IOException {
		FileOutcome outcome = ingestBadFile("breaks-containsBadRecords.csv", "breaks.csv");

		assertThat(outcome.taken()).isEqualTo(1);
		assertThat(rejections(outcome)).containsExactly("3|back_at|2026-11-04T10:58|is before out_at 2026-11-04T11:00",
				"4|approved||is required (true/false, 1/0, Y/N, 是/否)",
				"5|agent_id+out_at|A001|2026-11-04T10:00|duplicate id: already given in row 2 of this file",
				"6|||unclosed quote: the record runs to the end of the file");
	}

	@Test
	void badEvaluationRowsAreRejectedAndGoodOnesTaken() throws IOException {
		monthFolder();
		folderIngest.ingest(input);
		Path workbook = EvaluationWorkbook.withDateCells()
			.row("E9-1", LocalDate.of(2026, 11, 4), "A001", "CALL-91", "S01", 10, 20, 30, 20, 10, 10, "", "满分")
			.row("E9-2", LocalDate.of(2026, 11, 4), "A001", "CALL-92", "S01", 11, 20, 30, 20, 10, 10, "", "")
			.row("E9-3", LocalDate.of(2026, 11, 4), "A002", "CALL-93", "S01", 9, 18, 28, 18, 9, 9, "C08;C99", "")
			.row("E9-4", "2026-13-01", "A002", "CALL-94", "S01", 9, 18, 28, 18, 9, 9, "", "")
			.row("E9-5", LocalDate.of(2026, 11, 4), "X404", "CALL-95", "S01", 9, 18, 28, 18, 9, 9, "", "")
			.row("E9-6", LocalDate.of(2026, 11, 4), "A003", "CALL-96", "S01", 9, 18, null, 18, 9, 9, "", "")
			.row("E9-1", LocalDate.of(2026, 11, 5), "A003", "CALL-97", "S01", 9, 18, 28, 18, 9, 9, "", "")
			.row("E9-8", LocalDate.of(2026, 11, 5), "A003", "", "S01", null, null, null, null, null, null, "", "巡场")
			.writeTo(input.resolve("evaluations/qa-bad.xlsx"));

		FileOutcome outcome = folderIngest.ingestFile(workbook, "evaluations/qa-bad.xlsx", InputKind.EVALUATIONS);

		assertThat(outcome.taken()).isEqualTo(1);
		assertThat(rejections(outcome)).containsExactly("3|greeting|11|must be from 0 to 10 (the form's maximum)",
				"4|violations|C08;C99|unknown conduct code 'C99' (expected C01-C18)",
				"5|call_date|2026-13-01|must be a date YYYY-MM-DD or YYYY/M/D", "6|agent_id|X404|unknown agent: not in agents.csv",
				"7|accuracy||is blank while other items are scored: score every item, or none for a floor observation",
				"8|evaluation_id|E9-1|duplicate id: already given in row 2 of this file",
				"9|violations||a row with no item scores is a floor observation and needs a conduct code");
	}

	@Test
	void aFileWithoutARequiredColumnFailsAloneWithItsReason() throws IOException {
		monthFolder();
		copy("bad/holidays-missingColumn.csv", "holidays.csv");

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.failed()).singleElement().satisfies(failed -> {
			assertThat(failed.name()).isEqualTo("holidays.csv");
			assertThat(failed.failure()).isEqualTo("holidays.csv lacks header column(s) name; expected date, name");
		});
		assertThat(report.files()).filteredOn(file -> file.kind() != InputKind.HOLIDAYS)
			.extracting(FileOutcome::result)
			.containsOnly(Result.TAKEN);
		assertThat(count("source_file where status = 'FAILED'")).isEqualTo(1);
	}

	@Test
	void aFileThatIsNotAWorkbookFailsAloneWithItsReason() throws IOException {
		monthFolder();
		copy("bad/not-a-workbook.xlsx", "evaluations/broken.xlsx");

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.failed()).singleElement()
			.satisfies(failed -> assertThat(failed.failure()).startsWith("evaluations/broken.xlsx is not an Excel workbook"));
		assertThat(count("qa_evaluation")).isEqualTo(4);
	}

	@Test
	void filesThatAreNotInputsAreListedAsIgnored() throws IOException {
		monthFolder();
		Files.writeString(input.resolve("notes.txt"), "hello");

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.files()).filteredOn(file -> file.result() == Result.IGNORED)
			.extracting(FileOutcome::name)
			.containsExactly("notes.txt");
	}

	@Test
	void datedDropsBesideTheMonthsFilesAreEachTakenOnceAfterThePlainFile() throws IOException {
		monthFolder();
		Files.writeString(input.resolve("roster-2026-11-25.csv"), """
				agent_id,date,shift,start,end
				A001,2026-11-25,DAY,08:00,16:00
				A002,2026-11-25,EVENING,14:00,22:00
				""");
		Files.writeString(input.resolve("attendance-2026-11-25.csv"), """
				agent_id,date,shift,sign_in,sign_out
				A001,2026-11-25,DAY,2026-11-25T07:40,2026-11-25T16:00
				A002,2026-11-25,EVENING,2026-11-25T13:59,2026-11-25T22:00
				""");
		Files.writeString(input.resolve("breaks-2026-11-25.csv"), """
				agent_id,date,shift,out_at,back_at,approved
				A001,2026-11-25,DAY,2026-11-25T11:00,2026-11-25T11:04,true
				""");

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.files()).extracting(FileOutcome::name, FileOutcome::result, FileOutcome::taken)
			.containsSubsequence(tuple("roster.csv", Result.TAKEN, 5), tuple("roster-2026-11-25.csv", Result.TAKEN, 2),
					tuple("attendance.csv", Result.TAKEN, 3), tuple("attendance-2026-11-25.csv", Result.TAKEN, 2),
					tuple("breaks.csv", Result.TAKEN, 2), tuple("breaks-2026-11-25.csv", Result.TAKEN, 1));
		assertThat(report.unrecognised()).isEmpty();
		assertThat(count("roster_shift")).isEqualTo(7);
		assertThat(count("attendance")).isEqualTo(5);
		assertThat(count("break_record")).isEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from fact_revision where kind in ('ROSTER', 'ATTENDANCE', 'BREAKS')",
				Integer.class)).isEqualTo(15);
	}

	@Test
	void aLaterDatedDropReplacesTheRowItRestates() throws IOException {
		monthFolder();
		Files.writeString(input.resolve("attendance-2026-11-03.csv"), """
				agent_id,date,shift,sign_in,sign_out
				A002,2026-11-03,EVENING,2026-11-03T14:20,2026-11-03T22:00
				""");
		Files.writeString(input.resolve("attendance-2026-11-04.csv"), """
				agent_id,date,shift,sign_in,sign_out
				A002,2026-11-03,EVENING,2026-11-03T13:50,2026-11-03T22:00
				""");

		folderIngest.ingest(input);

		assertThat(jdbc.queryForObject("select sign_in from attendance where agent_id = 'A002' and shift_date = '2026-11-03'",
				LocalDateTime.class)).isEqualTo(LocalDateTime.of(2026, 11, 3, 13, 50));
	}

	@Test
	void aFileWhoseNameIsNotAnInputIsReportedAsNotTaken() throws IOException {
		monthFolder();
		Files.writeString(input.resolve("rota-2026-11-25.csv"), "agent_id,date,shift,start,end\n");
		Files.writeString(input.resolve("roster.txt"), "agent_id,date,shift,start,end\n");

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.unrecognised()).extracting(FileOutcome::name)
			.containsExactlyInAnyOrder("rota-2026-11-25.csv", "roster.txt");
		assertThat(report.unrecognised()).allSatisfy(file -> assertThat(file.failure()).startsWith("not taken"));
	}

	private FileOutcome ingestBadFile(String resource, String name) throws IOException {
		monthFolder();
		folderIngest.ingest(input);
		Path file = copy("bad/" + resource, "drop/" + name);
		return folderIngest.ingestFile(file, name, InputKind.of(Path.of(name)).orElseThrow());
	}

	private List<String> rejections(FileOutcome outcome) {
		return jdbc.queryForList("select row_no, column_name, cell_value, reason from rejected_row "
				+ "where source_file_id = ? order by row_no, id", outcome.sourceFileId())
			.stream()
			.map(row -> row.get("row_no") + "|" + nullToEmpty(row.get("column_name")) + "|"
					+ nullToEmpty(row.get("cell_value")) + "|" + row.get("reason"))
			.toList();
	}

	private static String nullToEmpty(Object value) {
		return value == null ? "" : value.toString();
	}

	private void monthFolder() throws IOException {
		for (String name : List.of("agents.csv", "holidays.csv", "roster.csv", "attendance.csv", "leave.csv", "swaps.csv",
				"breaks.csv")) {
			copy("month/" + name, name);
		}
		EvaluationWorkbook.withDateCells()
			.row("E1-1", LocalDate.of(2026, 11, 2), "A001", "CALL-1", "S01", 9, 18, 28, 17, 10, 10, "", "开场白规范，语速稍快")
			.row("E1-2", LocalDate.of(2026, 11, 3), "A002", "CALL-2", "S01", 8, 15, 25, 12, 8, 8, "C08;C14", "")
			.row("E1-3", LocalDate.of(2026, 11, 3), "A003", "", "S01", null, null, null, null, null, null, "C07", "巡场发现")
			.writeTo(input.resolve("evaluations/qa-dates-as-cells.xlsx"));
		EvaluationWorkbook.withTextDates()
			.row("E2-1", LocalDate.of(2026, 11, 2), "A002", "CALL-3", "L01", 10, 20, 30, 20, 10, 10, "c13, C18", "")
			.writeTo(input.resolve("evaluations/qa-dates-as-text.xlsx"));
	}

	private Path copy(String resource, String name) throws IOException {
		Path target = input.resolve(name);
		Files.createDirectories(target.getParent());
		try (InputStream in = getClass().getResourceAsStream("/ingest/" + resource)) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return target;
	}

	private int count(String tableAndWhere) {
		return jdbc.queryForObject("select count(*) from " + tableAndWhere, Integer.class);
	}

	private Map<String, Object> snapshot() {
		Map<String, Object> counts = new TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, count(table));
		}
		return counts;
	}

}
