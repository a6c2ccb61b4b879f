package com.conductledger.reporting.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import com.conductledger.reporting.MonthReport;
import com.conductledger.reporting.ReportFixtures;
import com.conductledger.scorecard.PersonMonth;
import com.conductledger.scorecard.ScorecardCalculator;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.Person;
import com.conductledger.scoring.rules.Role;
import com.conductledger.scoring.rules.RulesFixtures;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.Source;
import com.conductledger.schedule.PenaltySchedule;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardWorkbookWriterTests {

	@TempDir
	Path dir;

	private XSSFWorkbook workbook;

	@BeforeEach
	void writeNovember() throws IOException {
		Path file = dir.resolve(ScorecardWorkbookWriter.fileName(ReportFixtures.NOVEMBER));
		new ScorecardWorkbookWriter().write(ReportFixtures.november(), file);
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
	}

	@Test
	void theWorkbookIsNamedForThePeriodAndHoldsSummaryLedgerTeamsAndRulesInThatOrder() {
		assertThat(ScorecardWorkbookWriter.fileName(ReportFixtures.NOVEMBER)).isEqualTo("scorecards-2026-11.xlsx");
		assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
			.containsExactly("Summary", "Ledger", "Teams", "History", "Charts", "Rules", "Disputes");
		assertThat(Files.exists(dir.resolve("scorecards-2026-11.xlsx.part"))).isFalse();
	}

	@Test
	void theTopAgentsSummaryRowShowsHerRankScoresPointsTierAndAmounts() {
		Sheet summary = workbook.getSheet("Summary");
		assertThat(texts(summary.getRow(0))).contains("rank 排名", "final_score 最终得分", "net_amount 净额");
		assertThat(keys(summary.getRow(0))).containsExactly("rank", "agent_id", "name", "team", "evaluations",
				"qa_average", "attendance", "leave", "swaps", "breaks", "conduct", "deduction_points", "final_score",
				"tier", "tier_label", "deduction_amount", "reward_amount", "net_amount");

		Row wang = summary.getRow(1);

		assertThat(values(wang)).containsExactly(1.0, "A0001", "王芳", "T01", 2.0, 95.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0,
				94.0, "REWARD", "奖励 Reward", 10.0, 200.0, 190.0);
		assertThat(format(wang.getCell(5))).isEqualTo("0.00");
		assertThat(format(wang.getCell(11))).isEqualTo("0");
		assertThat(format(wang.getCell(17))).isEqualTo("0.00");
	}

	@Test
	void summaryRowsFollowTheReportOrderAndLeaveScoresOfTheUnevaluatedBlank() {
		Sheet summary = workbook.getSheet("Summary");

		assertThat(IntStream.rangeClosed(1, summary.getLastRowNum()).mapToObj(i -> summary.getRow(i).getCell(1).getStringCellValue()))
			.containsExactly("A0001", "A0003", "A0002", "A0004", "L01");
		Row zhang = summary.getRow(4);
		assertThat(zhang.getCell(0)).isNull();
		assertThat(zhang.getCell(5)).isNull();
		assertThat(zhang.getCell(12)).isNull();
		assertThat(zhang.getCell(13).getStringCellValue()).isEqualTo("NOT_EVALUATED");
	}

	@Test
	void aNameThatLooksLikeAFormulaIsWrittenAsTextAndNoCellAnywhereIsAFormula() {
		Cell name = workbook.getSheet("Summary").getRow(2).getCell(2);

		assertThat(name.getCellType()).isEqualTo(CellType.STRING);
		assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
		assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
		assertThat(allCells()).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
		assertThat(workbook.getSheet("Ledger").getRow(4).getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
	}

	@Test
	void everySheetHasAFrozenBoldFilledHeaderAnAutofilterAndSetColumnWidths() {
		for (Sheet sheet : workbook) {
			if (sheet.getSheetName().equals("Charts")) {
				continue;
			}
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).as(sheet.getSheetName()).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).as(sheet.getSheetName()).isEqualTo((short) 1);
			assertThat(pane.getVerticalSplitPosition()).as(sheet.getSheetName()).isZero();
			XSSFSheet xssf = (XSSFSheet) sheet;
			int columns = sheet.getRow(0).getLastCellNum();
			String lastColumn = String.valueOf((char) ('A' + columns - 1));
			assertThat(xssf.getCTWorksheet().getAutoFilter().getRef()).as(sheet.getSheetName())
				.isEqualTo("A1:" + lastColumn + (sheet.getLastRowNum() + 1));
			XSSFCellStyle header = (XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle();
			assertThat(header.getFont().getBold()).isTrue();
			assertThat(header.getFillPattern()).isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
			for (int column = 0; column < columns; column++) {
				assertThat(sheet.getColumnWidth(column)).as(sheet.getSheetName() + " column " + column)
					.isGreaterThanOrEqualTo(9 * 256);
			}
		}
	}

	@Test
	void theLedgerHasOneRowPerEntryWithRealDatesAndItsSourceAndChineseReasonsIntact() {
		Sheet ledger = workbook.getSheet("Ledger");
		assertThat(keys(ledger.getRow(0))).containsExactly("period", "person_id", "name", "rule_id", "rule_name", "article",
				"date", "shift", "points", "explanation", "reasons", "source");
		assertThat(ledger.getLastRowNum()).isEqualTo(ReportFixtures.ledger().size());

		Row conduct = ledger.getRow(3);

		assertThat(values(conduct)).containsExactly("2026-11", "A0002", "李娜", "QA-C14", "行为规范 C14 Conduct C14",
				"46(3) item 14", LocalDate.of(2026, 11, 5), null, 5.0,
				"语气生硬、不耐烦、与客户争吵（第46条(三)第14项）\nHarsh or impatient tone, quarrelling (Art. 46(3) item 14)",
				"Harsh or impatient tone, quarrelling / 语气生硬、不耐烦、与客户争吵",
				"evaluations/qa-2026-11-E01.xlsx sheet Evaluations row 7");
		Cell date = conduct.getCell(6);
		assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
		assertThat(format(date)).isEqualTo("yyyy-mm-dd");
		assertThat(values(ledger.getRow(1))).containsExactly("2026-11", "A0001", "王芳", "ATT-HANDOVER-LATE",
				"接班准备不足 Late for the handover", "38", LocalDate.of(2026, 11, 2), "DAY", 1.0,
				"签到 11-02 07:55，距班次开始 08:00 不足 10 分钟，接班须提前 10 分钟做好准备（第38条）\n"
						+ "signed in 11-02 07:55, less than 10 min before the shift start 08:00; the handover needs 10 min (Art. 38)",
				"signed in 11-02 07:55, less than 10 min before the start 11-02 08:00", "attendance.csv row 12");
	}

	@Test
	void teamsRollUpPeopleScoresPointsTiersAndAmounts() {
		Sheet teams = workbook.getSheet("Teams");

		assertThat(keys(teams.getRow(0))).containsExactly("team", "people", "evaluated", "average_final_score",
				"deduction_points", "reward_count", "warning_count", "deduction_amount", "reward_amount", "net_amount");
		assertThat(values(teams.getRow(1))).containsExactly("T01", 3.0, 2.0, 83.5, 17.0, 1.0, 0.0, 170.0, 200.0, 30.0);
		assertThat(values(teams.getRow(2))).containsExactly("T02", 2.0, 1.0, 76.0, 1.0, 0.0, 0.0, 10.0, 0.0, -10.0);
		assertThat(teams.getLastRowNum()).isEqualTo(2);
	}

	@Test
	void theRulesSheetListsTheScheduleInForce() {
		Sheet rules = workbook.getSheet("Rules");
		Map<String, Row> byKey = new java.util.HashMap<>();
		IntStream.rangeClosed(1, rules.getLastRowNum()).mapToObj(rules::getRow)
			.forEach(row -> byKey.put(row.getCell(1).getStringCellValue(), row));

		assertThat(values(byKey.get("SW-EXCESS"))).containsExactly("rule", "SW-EXCESS", "36", 5.0);
		assertThat(values(byKey.get("QA-C14"))).containsExactly("conduct-code", "QA-C14", "46(3) item 14", 5.0, null,
				true, "Harsh or impatient tone, quarrelling", "语气生硬、不耐烦、与客户争吵");
		assertThat(byKey.get("swap-limit").getCell(4).getNumericCellValue()).isEqualTo(2.0);
		assertThat(byKey.get("night-leave-deadline").getCell(4).getStringCellValue()).isEqualTo("12:00");
		assertThat(byKey.get("greeting").getCell(4).getNumericCellValue()).isEqualTo(10.0);
		assertThat(byKey.get("reward-amount").getCell(4).getNumericCellValue()).isEqualTo(200.0);
		assertThat(byKey.get("amount-per-point").getCell(4).getNumericCellValue()).isEqualTo(10.0);
		assertThat(byKey.get("currency").getCell(4).getStringCellValue()).isEqualTo("CNY");
		assertThat(byKey.get("cutoff-day").getCell(4).getNumericCellValue()).isEqualTo(25.0);
		PenaltySchedule schedule = RulesFixtures.defaultSchedule();
		assertThat(rules.getLastRowNum()).isEqualTo(schedule.rules().size() + schedule.conductCodes().size()
				+ schedule.qaForm().size() + 12 + 4 + 2 + 2 + 4);
		assertThat(byKey.get("number").getCell(0).getStringCellValue()).isEqualTo("version");
		assertThat(byKey.get("number").getCell(4).getNumericCellValue()).isEqualTo(1.0);
		assertThat(byKey).containsKeys("title", "effective-from", "sha256");
	}

	@Test
	void aMonthOfTenThousandPeopleAndHundredThousandEntriesIsStreamedOut() throws Exception {
		MonthReport large = LargeMonth.report(10_000, 10);
		Path file = dir.resolve("scorecards-large.xlsx");

		new ScorecardWorkbookWriter().write(large, file);

		assertThat(rowsOf(file, "Summary")).isEqualTo(10_001);
		assertThat(rowsOf(file, "Ledger")).isEqualTo(100_001);
	}

	private List<Cell> allCells() {
		List<Cell> cells = new ArrayList<>();
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				row.forEach(cells::add);
			}
		}
		return cells;
	}

	private static List<String> texts(Row row) {
		return StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
	}

	/** A header row's English keys, without the Chinese labels beside them. */
	private static List<String> keys(Row row) {
		return texts(row).stream().map(header -> header.split(" ")[0]).toList();
	}

	/** Each cell's value up to the row's last cell: text, number (double), boolean, date, or null when blank. */
	private static List<Object> values(Row row) {
		List<Object> values = new ArrayList<>();
		for (int column = 0; column < row.getLastCellNum(); column++) {
			Cell cell = row.getCell(column);
			values.add(cell == null ? null : switch (cell.getCellType()) {
				case STRING -> cell.getStringCellValue();
				case BOOLEAN -> cell.getBooleanCellValue();
				case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
						: (Object) cell.getNumericCellValue();
				default -> cell.getCellType();
			});
		}
		return values;
	}

	private static String format(Cell cell) {
		return cell.getCellStyle().getDataFormatString();
	}

	/** Counts the rows of a sheet by streaming its XML, as a reader of a large workbook must. */
	private static int rowsOf(Path file, String sheetName) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (sheets.getSheetName().equals(sheetName)) {
						int[] rows = { 0 };
						XMLReader parser = XMLHelper.newXMLReader();
						parser.setContentHandler(new DefaultHandler() {
							@Override
							public void startElement(String uri, String localName, String qName, Attributes attributes) {
								rows[0] += localName.equals("row") ? 1 : 0;
							}
						});
						parser.parse(new InputSource(sheet));
						return rows[0];
					}
				}
			}
		}
		throw new AssertionError("no sheet " + sheetName);
	}

	/** A generated month: scorecards for every person and a ledger produced anew on each pass, never held. */
	private static final class LargeMonth {

		static MonthReport report(int people, int entriesPerPerson) {
			PenaltySchedule schedule = RulesFixtures.defaultSchedule();
			List<PersonMonth> months = new ArrayList<>(people);
			for (int i = 0; i < people; i++) {
				PersonMonth month = new PersonMonth(person(i));
				month.addEvaluationScore(BigDecimal.valueOf(60 + i % 41));
				month.addEvaluationScore(BigDecimal.valueOf(70 + i % 31));
				for (int k = 0; k < entriesPerPerson; k++) {
					month.addEntry(entry(i, k), false);
				}
				months.add(month);
			}
			return new MonthReport(ReportFixtures.NOVEMBER, schedule, new ScorecardCalculator(schedule).scorecards(months),
					action -> {
						for (int i = 0; i < people; i++) {
							for (int k = 0; k < entriesPerPerson; k++) {
								action.accept(entry(i, k));
							}
						}
					}, false);
		}

		private static Person person(int i) {
			return new Person(String.format("A%05d", i), "坐席" + i, String.format("T%03d", i / 12), "VOICE", 3,
					Role.AGENT);
		}

		private static LedgerEntry entry(int person, int k) {
			String rule = k % 2 == 0 ? "ATT-LATE" : "BR-OVERTIME";
			return new LedgerEntry(String.format("A%05d", person), rule, k % 2 == 0 ? "38" : "47(1)1",
					LocalDate.of(2026, 10, 26).plusDays(k), ShiftCode.DAY, k % 2 == 0 ? 2 : 1,
					List.of("generated entry " + k + " / 生成的记录"), Source.of("attendance.csv", person * 10 + k + 2));
		}

	}

}
