package com.conductledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FileOutcome.Result;
import com.conductledger.support.EvaluationWorkbook;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Files as a Chinese call centre really sends them (issue 8), end to end against a real database:
 * GB18030 files made with iconv, Excel's Chinese dates, a legacy .xls written by LibreOffice, QA
 * inspectors, evaluation ids shared by two workbooks, texts at and past their maxima. Runs on H2
 * here and on the MySQL server in {@code RealInputsMySqlIntegrationTests}.
 */
@SpringBootTest
@ActiveProfiles("test")
class RealInputsIntegrationTests {

	@Autowired
	FolderIngest folderIngest;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path input;

	@BeforeEach
	void emptyDatabase() {
		LedgerTables.empty(jdbc);
	}

	@Test
	void aGb18030PeopleFileIsTakenWithEveryChineseNameIntactAndSaysItsEncoding() throws IOException {
		copy("encodings/agents-gb18030.csv", "agents.csv");

		FileOutcome agents = folderIngest.ingest(input).files().get(0);

		assertThat(agents).extracting(FileOutcome::result, FileOutcome::taken, FileOutcome::rejected, FileOutcome::encoding)
			.containsExactly(Result.TAKEN, 7, 0, "GB18030");
		assertThat(jdbc.queryForList("select name from person order by agent_id", String.class))
			.containsExactly("王芳", "李娜", "张伟, 小张", "𠀀𠀁", "刘洋", "赵敏", "陈静");
		assertThat(jdbc.queryForObject("select encoding from source_file", String.class)).isEqualTo("GB18030");
	}

	@Test
	void aGbkFileAsExcelSavesItOnChineseWindowsIsTaken() throws IOException {
		copy("encodings/agents-gbk.csv", "agents.csv");

		assertThat(folderIngest.ingest(input).files().get(0).encoding()).isEqualTo("GB18030");
		assertThat(jdbc.queryForObject("select name from person where agent_id = 'A001'", String.class)).isEqualTo("王芳");
	}

	@Test
	void aUtf16FileIsRefusedWholeWithTheReasonAndNothingGarbledIsStored() throws IOException {
		copy("encodings/agents-utf16.csv", "agents.csv");
		copy("encodings/agents-latin1.csv", "agents-2026-11-02.csv");

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.failed()).extracting(FileOutcome::name).containsExactly("agents.csv", "agents-2026-11-02.csv");
		assertThat(report.failed().get(0).failure()).startsWith("agents.csv is UTF-16 or UTF-32 text");
		assertThat(report.failed().get(1).failure()).startsWith("agents-2026-11-02.csv is not UTF-8 text");
		assertThat(count("person")).isZero();
		assertThat(count("source_file where status = 'FAILED'")).isEqualTo(2);
	}

	@Test
	void attendanceWithDatesAndTimesAsChineseExcelWritesThemIsTaken() throws IOException {
		copy("month/agents.csv", "agents.csv");
		copy("encodings/attendance-gb18030-chineseExcelDates.csv", "attendance.csv");

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.files()).extracting(FileOutcome::name, FileOutcome::taken, FileOutcome::rejected)
			.contains(tuple("attendance.csv", 3, 0));
		assertThat(jdbc.queryForObject("select sign_in from attendance where agent_id = 'A001' and shift_code = 'NIGHT'",
				LocalDateTime.class)).isEqualTo(LocalDateTime.of(2026, 11, 3, 21, 45));
		assertThat(jdbc.queryForObject("select sign_out from attendance where agent_id = 'A001' and shift_code = 'NIGHT'",
				LocalDateTime.class)).isEqualTo(LocalDateTime.of(2026, 11, 4, 6, 1));
		assertThat(jdbc.queryForObject("select shift_date from attendance where agent_id = 'A002'", LocalDate.class))
			.isEqualTo(LocalDate.of(2026, 11, 2));
	}

	@Test
	void aBreakOrSignInAt2400IsRejectedNotReadAsMidnightOfTheSameDay() throws IOException {
		copy("month/agents.csv", "agents.csv");
		Files.writeString(input.resolve("breaks.csv"), """
				agent_id,date,shift,out_at,back_at,approved
				A001,2026-11-03,NIGHT,2026-11-03 24:00,2026-11-04 00:03,true
				A001,2026-11-03,NIGHT,2026-11-04 02:00,2026-11-04 02:04,true
				""");
		Files.writeString(input.resolve("attendance.csv"), """
				agent_id,date,shift,sign_in,sign_out
				A002,2026-11-03,NIGHT,2026-11-03 24:00,2026-11-04 06:00
				""");

		folderIngest.ingest(input);

		assertThat(rejections("breaks.csv")).containsExactly(
				"2|out_at|2026-11-03 24:00|24:00 is not a time of day: write 2026-11-04 00:00");
		assertThat(rejections("attendance.csv")).containsExactly(
				"2|sign_in|2026-11-03 24:00|24:00 is not a time of day: write 2026-11-04 00:00");
		assertThat(count("break_record")).isEqualTo(1);
	}

	@Test
	void aLegacyXlsWorkbookWrittenByLibreOfficeIsTakenWithItsQaInspectors() throws IOException {
		copy("month/agents.csv", "agents.csv");
		copy("xls/qa-libreoffice.xls", "evaluations/qa-week-45.xls");

		FileOutcome workbook = folderIngest.ingest(input).files().get(1);

		assertThat(workbook).extracting(FileOutcome::name, FileOutcome::kind, FileOutcome::result, FileOutcome::taken,
				FileOutcome::rejected).containsExactly("evaluations/qa-week-45.xls", InputKind.EVALUATIONS, Result.TAKEN, 3, 1);
		assertThat(jdbc.queryForList("select evaluation_id, call_date, evaluator_id, source_sheet from qa_evaluation "
				+ "order by evaluation_id"))
			.extracting(row -> row.get("evaluation_id") + " " + row.get("call_date") + " " + row.get("evaluator_id") + " "
					+ row.get("source_sheet"))
			.containsExactly("X-1 2026-11-02 Q01 评估", "X-2 2026-11-03 Q01 评估", "X-3 2026-11-05 Q02 评估");
		assertThat(jdbc.queryForObject("select score from qa_item_score where evaluation_id = 'X-1' and item = 'greeting'",
				Integer.class)).isEqualTo(9);
		assertThat(rejections("evaluations/qa-week-45.xls"))
			.containsExactly("5|evaluator_id|A001|is the evaluated agent: a self-evaluation is not taken");
	}

	@Test
	void anEvaluationIdOfAnotherWorkbookIsRejectedNamingItAndTheOtherEvaluationStays() throws IOException {
		copy("month/agents.csv", "agents.csv");
		EvaluationWorkbook.withDateCells()
			.row("E-7", LocalDate.of(2026, 11, 4), "A001", "CALL-1", "Q01", null, null, null, null, null, null, "C03", "冷淡")
			.writeTo(input.resolve("evaluations/qa-team-1.xlsx"));
		EvaluationWorkbook.withDateCells()
			.row("E-8", LocalDate.of(2026, 11, 4), "A002", "CALL-2", "Q02", 9, 18, 28, 18, 9, 9, "", "")
			.row("E-7", LocalDate.of(2026, 11, 5), "A003", "CALL-3", "Q02", 9, 18, 28, 18, 9, 9, "", "")
			.writeTo(input.resolve("evaluations/qa-team-2.xlsx"));

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.files()).extracting(FileOutcome::name, FileOutcome::taken, FileOutcome::rejected)
			.contains(tuple("evaluations/qa-team-1.xlsx", 1, 0), tuple("evaluations/qa-team-2.xlsx", 1, 1));
		assertThat(rejections("evaluations/qa-team-2.xlsx")).containsExactly("3|evaluation_id|E-7|duplicate id: "
				+ "already taken from evaluations/qa-team-1.xlsx, row 2; give this evaluation its own id, "
				+ "or correct it in that workbook");
		assertThat(jdbc.queryForObject("select agent_id from qa_evaluation where evaluation_id = 'E-7'", String.class))
			.isEqualTo("A001");
		assertThat(jdbc.queryForList("select code from qa_conduct_code where evaluation_id = 'E-7'", String.class))
			.containsExactly("C03");
	}

	@Test
	void theSameWorkbookCorrectedReplacesTheEvaluationsItRestates() throws IOException {
		copy("month/agents.csv", "agents.csv");
		Path workbook = input.resolve("evaluations/qa-team-1.xlsx");
		EvaluationWorkbook.withDateCells()
			.row("E-7", LocalDate.of(2026, 11, 4), "A001", "CALL-1", "Q01", null, null, null, null, null, null, "C03", "")
			.writeTo(workbook);
		folderIngest.ingest(input);
		EvaluationWorkbook.withDateCells()
			.row("E-7", LocalDate.of(2026, 11, 4), "A001", "CALL-1", "Q01", null, null, null, null, null, null, "C01", "改正")
			.writeTo(workbook);

		folderIngest.ingest(input);

		assertThat(jdbc.queryForList("select code from qa_conduct_code where evaluation_id = 'E-7'", String.class))
			.containsExactly("C01");
		assertThat(count("rejected_row")).isZero();
	}

	@Test
	void aNameLongerThanItsColumnRejectsOnlyItsRowAndTheOtherFilesStillKnowThePeople() throws IOException {
		Files.writeString(input.resolve("agents.csv"), "agent_id,name,team,job_type,skill_level,role,team_lead_id\n"
				+ "A001,王芳,T01,VOICE,3,AGENT,L01\n" + "A002," + "长".repeat(102) + ",T01,VOICE,3,AGENT,L01\n"
				+ "A003," + "😀".repeat(100) + ",T01,VOICE,3,AGENT,L01\n" + "A004," + "😀".repeat(1_500)
				+ ",T01,VOICE,3,AGENT,L01\n");
		Files.writeString(input.resolve("roster.csv"), """
				agent_id,date,shift,start,end
				A001,2026-11-02,DAY,08:00,16:00
				A003,2026-11-02,DAY,08:00,16:00
				""");

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.failed()).isEmpty();
		assertThat(report.files()).extracting(FileOutcome::name, FileOutcome::taken, FileOutcome::rejected)
			.containsExactly(tuple("agents.csv", 2, 2), tuple("roster.csv", 2, 0));
		assertThat(rejections("agents.csv")).hasSize(2)
			.allSatisfy(line -> assertThat(line).containsPattern("\\|is too long: (102|1500) characters, at most 100$"));
		String kept = jdbc.queryForObject("select cell_value from rejected_row where row_no = 5", String.class);
		assertThat(kept).startsWith("😀").endsWith("…");
		assertThat(kept.codePointCount(0, kept.length())).isEqualTo(1000);
		assertThat(jdbc.queryForObject("select name from person where agent_id = 'A003'", String.class))
			.isEqualTo("😀".repeat(100));
	}

	@Test
	void commentsUpToWhatAnExcelCellHoldsAreTakenAndALongerOneRejectsItsRowOnly() throws IOException {
		copy("month/agents.csv", "agents.csv");
		EvaluationWorkbook.withDateCells()
			.row("E-1", LocalDate.of(2026, 11, 4), "A001", "CALL-1", "Q01", 9, 18, 28, 18, 9, 9, "", "很".repeat(2_001))
			.row("E-2", LocalDate.of(2026, 11, 4), "A002", "CALL-2", "Q01", 9, 18, 28, 18, 9, 9, "", "😀".repeat(16_383))
			.row("E-3", LocalDate.of(2026, 11, 4), "A003", "CALL-3", "Q01", 9, 18, 28, 18, 9, 9, "", "好".repeat(32_767))
			.writeTo(input.resolve("evaluations/qa.xlsx"));
		Files.writeString(input.resolve("holidays.csv"),
				"date,name\n2026-11-11,周年庆\n2026-11-12," + "长".repeat(201) + "\n", StandardCharsets.UTF_8);

		IngestReport report = folderIngest.ingest(input);

		assertThat(report.files()).extracting(FileOutcome::name, FileOutcome::taken, FileOutcome::rejected)
			.contains(tuple("evaluations/qa.xlsx", 3, 0), tuple("holidays.csv", 1, 1));
		assertThat(jdbc.queryForList("select comment_text from qa_evaluation order by evaluation_id", String.class))
			.extracting(text -> text.codePointCount(0, text.length()))
			.containsExactly(2_001, 16_383, 32_767);
	}

	@Test
	void aNulByteInAFieldRejectsItsRow() throws IOException {
		Files.write(input.resolve("holidays.csv"),
				"date,name\n2026-11-11,周年\u0000庆\n2026-11-12,好\n".getBytes(StandardCharsets.UTF_8));

		folderIngest.ingest(input);

		assertThat(rejections("holidays.csv")).singleElement()
			.asString()
			.startsWith("2|name|周年␀庆|contains a NUL character");
		assertThat(count("holiday")).isEqualTo(1);
	}

	@Test
	void aWorkbookDamagedHalfwaySaysWhatItLeftAndItsOutcomeAgreesWithTheDatabase() throws IOException {
		copy("month/agents.csv", "agents.csv");
		EvaluationWorkbook book = EvaluationWorkbook.withDateCells();
		for (int i = 1; i <= 400; i++) {
			book.row("D-" + i, LocalDate.of(2026, 11, 4), "A00" + (1 + i % 3), "CALL-" + i, "Q01", 9, 18, 28, 18, 9, 9, "",
					"remark " + i);
		}
		Path whole = book.writeTo(input.resolve("whole/qa.xlsx"));
		Path damaged = Files.createDirectories(input.resolve("evaluations")).resolve("qa-damaged.xlsx");
		Workbooks.truncateFirstSheet(whole, damaged);
		Files.delete(whole);
		Files.delete(whole.getParent());

		FileOutcome outcome = folderIngest.ingest(input).files().get(1);

		assertThat(outcome.result()).isEqualTo(Result.FAILED);
		assertThat(outcome.taken()).isPositive()
			.isEqualTo(count("fact_revision where source_file_id = " + outcome.sourceFileId()))
			.isEqualTo(count("qa_evaluation"));
		assertThat(outcome.failure()).contains("it is damaged")
			.contains("the " + outcome.taken() + " row(s) taken before it stopped stay taken");
	}

	private List<String> rejections(String fileName) {
		return jdbc.queryForList("select r.row_no, r.column_name, r.cell_value, r.reason from rejected_row r "
				+ "join source_file f on f.id = r.source_file_id where f.file_name = ? and r.resolved_at is null "
				+ "order by r.row_no, r.id", fileName)
			.stream()
			.map(row -> row.get("row_no") + "|" + row.get("column_name") + "|" + row.get("cell_value") + "|"
					+ row.get("reason"))
			.toList();
	}

	private void copy(String resource, String name) throws IOException {
		Path target = input.resolve(name);
		Files.createDirectories(target.getParent());
		try (InputStream in = getClass().getResourceAsStream("/ingest/" + resource)) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private int count(String tableAndWhere) {
		return jdbc.queryForObject("select count(*) from " + tableAndWhere, Integer.class);
	}

}
