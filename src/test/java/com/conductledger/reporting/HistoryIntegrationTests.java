package com.conductledger.reporting;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.history.Improvement;
import com.conductledger.history.MonthFigures;
import com.conductledger.history.PeriodHistory;
import com.conductledger.history.TeamMonth;
import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.support.EvaluationWorkbook;
import com.conductledger.support.LedgerTables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Three months of a small centre, scored and reported as the nightly run does, then the history
 * its November outputs show, against the hand-computed figures: two teams (T1 = A1, A2; T2 = B1),
 * one shift and one full evaluation per agent a month.
 * <pre>
 *           QA    points                     final   rank  tier
 * 2026-09   A1 90  0                          90      1     REWARD
 *           A2 80  2 (sign-in 08:05, late)    78      3
 *           B1 85  1 (07:55, handover late)   84      2
 * 2026-10   A1 88  0                          88      1     (below 90: no REWARD)
 *           A2 70  0                          70      3
 *           B1 95 10 (no sign-in: absent)     85      2
 * 2026-11   A1 92  2 (08:03, late)            90      2
 *           A2 86  0                          86      3
 *           B1 90  0                          90      1     REWARD (tie at 90: fewer points first)
 * T1 average final 84.00, 79.00, 88.00; T2 84.00, 85.00, 90.00; centre 84.00, 81.00, 88.67
 * most improved since 2026-10: A2 +16, B1 +5, A1 +2
 * </pre>
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryIntegrationTests {

	@TempDir
	static Path work;

	@Autowired
	FolderIngest ingest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	MonthlyOutputs outputs;

	@Autowired
	MonthReportAssembler assembler;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	void threeMonthsScoredAndWritten() throws IOException {
		LedgerTables.empty(jdbc);
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("agents.csv"), """
				agent_id,name,team,job_type,skill_level,role,team_lead_id
				A1,王芳,T1,VOICE,3,AGENT,
				A2,李娜,T1,VOICE,3,AGENT,
				B1,张伟,T2,VOICE,3,AGENT,
				S1,陈静,,VOICE,5,SUPERVISOR,
				""");
		StringBuilder roster = new StringBuilder("agent_id,date,shift,start,end\n");
		for (String day : List.of("2026-09-10", "2026-10-10", "2026-11-10")) {
			for (String agent : List.of("A1", "A2", "B1")) {
				roster.append(agent).append(',').append(day).append(",DAY,08:00,16:00\n");
			}
		}
		Files.writeString(input.resolve("roster.csv"), roster);
		Files.writeString(input.resolve("attendance.csv"), """
				agent_id,date,shift,sign_in,sign_out
				A1,2026-09-10,DAY,2026-09-10T07:45,2026-09-10T16:00
				A2,2026-09-10,DAY,2026-09-10T08:05,2026-09-10T16:00
				B1,2026-09-10,DAY,2026-09-10T07:55,2026-09-10T16:00
				A1,2026-10-10,DAY,2026-10-10T07:45,2026-10-10T16:00
				A2,2026-10-10,DAY,2026-10-10T07:40,2026-10-10T16:00
				A1,2026-11-10,DAY,2026-11-10T08:03,2026-11-10T16:00
				A2,2026-11-10,DAY,2026-11-10T07:40,2026-11-10T16:00
				B1,2026-11-10,DAY,2026-11-10T07:40,2026-11-10T16:00
				""");
		EvaluationWorkbook.withDateCells()
			.row("H-09-1", LocalDate.of(2026, 9, 10), "A1", "C1", "S1", 9, 18, 27, 18, 9, 9, "", "")
			.row("H-09-2", LocalDate.of(2026, 9, 10), "A2", "C2", "S1", 8, 16, 24, 16, 8, 8, "", "")
			.row("H-09-3", LocalDate.of(2026, 9, 10), "B1", "C3", "S1", 9, 17, 25, 17, 9, 8, "", "")
			.row("H-10-1", LocalDate.of(2026, 10, 10), "A1", "C4", "S1", 9, 18, 26, 18, 9, 8, "", "")
			.row("H-10-2", LocalDate.of(2026, 10, 10), "A2", "C5", "S1", 7, 14, 21, 14, 7, 7, "", "")
			.row("H-10-3", LocalDate.of(2026, 10, 10), "B1", "C6", "S1", 10, 19, 28, 19, 10, 9, "", "")
			.row("H-11-1", LocalDate.of(2026, 11, 10), "A1", "C7", "S1", 9, 19, 28, 18, 9, 9, "", "")
			.row("H-11-2", LocalDate.of(2026, 11, 10), "A2", "C8", "S1", 9, 17, 26, 17, 9, 8, "", "")
			.row("H-11-3", LocalDate.of(2026, 11, 10), "B1", "C9", "S1", 9, 18, 27, 18, 9, 9, "", "")
			.writeTo(input.resolve("evaluations/qa-history.xlsx"));
		ingest.ingest(input);
		for (String month : List.of("2026-09", "2026-10", "2026-11")) {
			Period period = Period.of(month, schedule.cutoffDay());
			scorer.score(period);
			outputs.write(period, work.resolve("out").resolve(month), false);
		}
	}

	@Test
	void thePeriodsReportKnowsTheMonthsBeforeIt() {
		PeriodHistory history = november();

		assertThat(history.periods()).containsExactly("2026-09", "2026-10", "2026-11");
		assertThat(history.person("A2")).extracting(MonthFigures::finalScore, MonthFigures::deductionPoints, MonthFigures::rank)
			.containsExactly(tuple(new BigDecimal("78.00"), 2, 3), tuple(new BigDecimal("70.00"), 0, 3),
					tuple(new BigDecimal("86.00"), 0, 3));
		assertThat(history.person("A1")).extracting(month -> month.tier().name())
			.containsExactly("REWARD", "STANDARD", "STANDARD");
		assertThat(history.person("B1")).extracting(month -> month.tier().name())
			.containsExactly("STANDARD", "STANDARD", "REWARD");
	}

	@Test
	void teamsAverageTheirRankedAgentsAndSumTheirPointsByCategory() {
		PeriodHistory history = november();

		assertThat(history.team("T1")).extracting(TeamMonth::averageFinal)
			.containsExactly(new BigDecimal("84.00"), new BigDecimal("79.00"), new BigDecimal("88.00"));
		assertThat(history.team("T2")).extracting(TeamMonth::averageFinal)
			.containsExactly(new BigDecimal("84.00"), new BigDecimal("85.00"), new BigDecimal("90.00"));
		assertThat(history.team("T2")).extracting(TeamMonth::points).containsExactly(1, 10, 0);
		assertThat(history.team("T1")).extracting(TeamMonth::headcount).containsExactly(2, 2, 2);
		assertThat(history.centre()).extracting(TeamMonth::averageFinal)
			.containsExactly(new BigDecimal("84.00"), new BigDecimal("81.00"), new BigDecimal("88.67"));
	}

	@Test
	void theMostImprovedAreA2ThenB1ThenA1() {
		assertThat(november().mostImproved(10)).extracting(improvement -> improvement.now().personId(), Improvement::rise)
			.containsExactly(tuple("A2", new BigDecimal("16.00")), tuple("B1", new BigDecimal("5.00")),
					tuple("A1", new BigDecimal("2.00")));
	}

	@Test
	void aScoringInTheSameSecondAsTheOneBeforeIsNotTakenForItByTheHistory() {
		november();
		Object scoredAt = jdbc.queryForObject("select scored_at from scoring_period where period = '2026-11'",
				java.time.LocalDateTime.class);
		jdbc.update("delete from scorecard_snapshot where period = '2026-09'");
		scorer.score(Period.of("2026-11", schedule.cutoffDay()));
		jdbc.update("update scoring_period set scored_at = ? where period = '2026-11'", scoredAt);

		november();

		assertThat(jdbc.queryForObject("select count(*) from scorecard_snapshot where period = '2026-09'", Integer.class))
			.as("the history was built again, so the missing snapshot came back from the ledger")
			.isEqualTo(3);
	}

	@Test
	void aPeriodScoredBeforeSnapshotsExistedIsReadFromItsLedger() {
		jdbc.update("delete from scorecard_snapshot where period = '2026-09'");
		scorer.score(Period.of("2026-11", schedule.cutoffDay()));

		assertThat(november().team("T1").get(0).averageFinal()).isEqualByComparingTo("84.00");
		assertThat(jdbc.queryForObject("select count(*) from scorecard_snapshot where period = '2026-09'", Integer.class))
			.isEqualTo(3);
	}

	@Test
	void thePackDrawsItsChartsAsVectorsAndListsTheMostImprovedNextToTheRanking() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(work.resolve("out/2026-11/scorecards-2026-11.pdf").toFile())) {
			String summary = new PDFTextStripper().getText(pdf).split("Personal scorecard")[0];
			assertThat(summary).contains("Charts", "Spread of final scores", "Points by category",
					"Average final over the periods", "Most improved", "rise of final since 2026-10");
			String improved = summary.substring(summary.indexOf("Most improved"));
			assertThat(improved.indexOf("李娜")).as("A2 heads the most improved")
				.isLessThan(improved.indexOf("张伟")).isLessThan(improved.indexOf("王芳"));
			assertThat(improved).contains("70.00", "86.00", "+16.00", "+5.00", "+2.00");
			assertThat(summary).contains("合计 Total");
			assertThat(pathOperators(pdf, 0)).as("line and box operators of the charts on the first page")
				.isGreaterThan(200);
		}
	}

	@Test
	void eachPersonPageShowsThePersonsMonths() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(work.resolve("out/2026-11/scorecards-2026-11.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			String a2 = text.substring(text.indexOf("李娜   A2"));
			assertThat(a2).contains("Last 3 periods", "2026-09  最终分 final 78.00 · 扣分 points 2",
					"2026-10  最终分 final 70.00 · 扣分 points 0");
		}
	}

	@Test
	void theWorkbookHoldsTheHistoryPersonByPeriodAndNativeCharts() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(work.resolve("out/2026-11/scorecards-2026-11.xlsx")))) {
			assertThat(names(workbook)).containsExactly("Summary", "Ledger", "Teams", "History", "Charts", "Rules", "Disputes");
			XSSFSheet history = workbook.getSheet("History");
			assertThat(cells(history.getRow(0))).startsWith("agent_id 工号", "name 姓名", "team 团队", "2026-09_final 最终分",
					"2026-09_points 扣分", "2026-09_tier 等级");
			Row a2 = rowOf(history, "A2");
			assertThat(cells(a2)).containsExactly("A2", "李娜", "T1", "78.00", "2", "STANDARD", "70.00", "0", "STANDARD",
					"86.00", "0", "STANDARD");
			assertThat(workbook.getSheet("Charts").getDrawingPatriarch().getCharts()).hasSize(3);
			assertThat(cells(workbook.getSheet("Summary").getRow(0))).contains("final_score 最终得分");
		}
	}

	@Test
	void theWorkbookOpensInLibreOfficeWithItsCharts() throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
		Path pdf = work.resolve("lo");
		Process convert = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + work.resolve("lo-profile"),
				"--headless", "--convert-to", "pdf", "--outdir", pdf.toString(),
				work.resolve("out/2026-11/scorecards-2026-11.xlsx").toString()).redirectErrorStream(true)
			.redirectOutput(work.resolve("soffice.log").toFile())
			.start();
		assertThat(convert.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
		try (PDDocument converted = Loader.loadPDF(pdf.resolve("scorecards-2026-11.pdf").toFile())) {
			String text = new PDFTextStripper().getText(converted);
			assertThat(text).contains("最终分分布 Spread of final scores", "按类别扣分 Points by category",
					"各期平均最终分 Average final over the periods");
		}
	}

	private PeriodHistory november() {
		return assembler.assemble(Period.of("2026-11", schedule.cutoffDay()), false).history();
	}

	private static int pathOperators(PDDocument pdf, int page) throws IOException {
		PDFStreamParser parser = new PDFStreamParser(pdf.getPage(page));
		int operators = 0;
		for (Object token : parser.parse()) {
			if (token instanceof Operator operator && List.of("m", "l", "re", "c", "S", "f", "B").contains(operator.getName())) {
				operators++;
			}
		}
		return operators;
	}

	private static List<String> names(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static Row rowOf(XSSFSheet sheet, String id) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && id.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + id);
	}

	private static List<String> cells(Row row) {
		DataFormatter formatter = new DataFormatter();
		List<String> cells = new ArrayList<>();
		row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
		return cells;
	}

}
