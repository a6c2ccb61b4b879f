package com.conductledger.reporting.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.ParsedRow;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.parse.KnownPeople;
import com.conductledger.ingest.parse.RowParsers;
import com.conductledger.ingest.xlsx.XlsxRowReader;
import com.conductledger.schedule.ConductCode;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.QaItem;
import com.conductledger.scoring.rules.RulesFixtures;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class QaTemplateWriterTests {

	private final PenaltySchedule schedule = RulesFixtures.defaultSchedule();

	@TempDir
	Path dir;

	@Test
	void theFirstSheetsHeaderIsExactlyWhatTheEvaluationIngestRequires() throws Exception {
		Path file = template();

		try (XSSFWorkbook workbook = open(file)) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Evaluations");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
		}
		assertThat(headerAsIngested(file)).isEqualTo(requiredColumns(schedule)).containsExactly("evaluation_id",
				"call_date", "agent_id", "call_id", "evaluator_id", "greeting", "listening", "accuracy", "courtesy",
				"compliance", "closing", "violations", "comment");
	}

	@Test
	void theHeaderIsStyledFrozenAndTheColumnsAreSized() throws Exception {
		try (XSSFWorkbook workbook = open(template())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getColumnWidth(12)).isEqualTo(60 * 256);
			assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
			assertThat(sheet.getColumnStyle(11).getDataFormatString()).isEqualTo("@");
		}
	}

	@Test
	void eachItemColumnAcceptsDecimalsFromZeroToTheItemsMaximumAndExplainsInChineseAndEnglish() throws Exception {
		try (XSSFWorkbook workbook = open(template())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			for (int i = 0; i < schedule.qaForm().size(); i++) {
				QaItem item = schedule.qaForm().get(i);
				XSSFDataValidation validation = validationOn(sheet, 5 + i).orElseThrow();
				assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
				assertThat(validation.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
				assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("0");
				assertThat(validation.getValidationConstraint().getFormula2())
					.isEqualTo(item.maximum().stripTrailingZeros().toPlainString());
				assertThat(validation.getShowErrorBox()).isTrue();
				assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
				assertThat(validation.getErrorBoxText()).contains("的分数须在 0 到", item.name() + " must be a number from 0");
				assertThat(validation.getRegions().getCellRangeAddresses())
					.containsExactly(new CellRangeAddress(1, 1999, 5 + i, 5 + i));
			}
		}
	}

	@Test
	void callDateMustBeADateAndViolationsOnlyPromptsSoThatSeveralCodesStayAllowed() throws Exception {
		try (XSSFWorkbook workbook = open(template())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			XSSFDataValidation callDate = validationOn(sheet, 1).orElseThrow();
			assertThat(callDate.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
			assertThat(callDate.getValidationConstraint().getFormula1()).isEqualTo("DATE(2000,1,1)");
			assertThat(callDate.getErrorBoxText()).contains("请输入", "Enter a date");

			XSSFDataValidation violations = validationOn(sheet, 11).orElseThrow();
			assertThat(violations.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.ANY);
			assertThat(violations.getShowPromptBox()).isTrue();
			assertThat(violations.getPromptBoxText()).contains("C08;C14", "分号", "违规代码 Codes");
			assertThat(validationOn(sheet, 0)).isEmpty();
		}
	}

	@Test
	void theCodesSheetListsEveryConductCodeWithPointsFatalFlagAndBothDescriptions() throws Exception {
		try (XSSFWorkbook workbook = open(template())) {
			assertThat(workbook.getSheetName(1)).isEqualTo("违规代码 Codes");

			List<List<Object>> codes = codeRows(workbook);

			assertThat(codes).hasSize(18).isEqualTo(expectedCodeRows(schedule));
			assertThat(codes.get(13)).containsExactly("C14", 5.0, "是 yes", "语气生硬、不耐烦、与客户争吵",
					"Harsh or impatient tone, quarrelling");
		}
	}

	@Test
	void theThirdSheetExplainsHowToFillItInInChineseAndEnglish() throws Exception {
		try (XSSFWorkbook workbook = open(template())) {
			Sheet instructions = workbook.getSheetAt(2);
			List<String> text = new ArrayList<>();
			instructions.forEach(row -> row.forEach(cell -> text.add(cell.getStringCellValue())));

			assertThat(instructions.getSheetName()).isEqualTo("填写说明 Instructions");
			assertThat(String.join("\n", text)).contains("每行一次评估", "One evaluation per row", "greeting (0-10)",
					"C02, C14, C16", "rejected-rows.csv", "C08;C14")
				.contains("evaluator_id：质检员的工号，必填，不必在 agents.csv 中", "need not be in agents.csv",
						"a self-evaluation is rejected", "yyyy/m/d", ".xls", "32,767")
				.doesNotContain("both must be in agents.csv", "not .xls");
		}
	}

	@Test
	void aFilledInTemplateIsReadAndAcceptedByTheEvaluationIngest() throws Exception {
		Path file = template();
		try (XSSFWorkbook workbook = open(file)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("E0001");
			row.createCell(1).setCellValue(LocalDate.of(2026, 11, 3));
			row.getCell(1).setCellStyle(sheet.getColumnStyle(1));
			row.createCell(2).setCellValue("A0001");
			row.createCell(3).setCellValue("CALL-77");
			row.createCell(4).setCellValue("Q01");
			double[] scores = { 9, 18.5, 28, 19, 10, 9 };
			for (int i = 0; i < scores.length; i++) {
				row.createCell(5 + i).setCellValue(scores[i]);
			}
			row.createCell(11).setCellValue("C08;C14");
			row.createCell(12).setCellValue("语速偏快");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		XlsxRowReader reader = new XlsxRowReader(file, "evaluations/qa-2026-11.xlsx");
		RawRow raw;
		try {
			reader.open(new ExecutionContext());
			assertThat(reader.header()).isEqualTo(requiredColumns(schedule));
			raw = reader.read();
			assertThat(reader.read()).isNull();
		}
		finally {
			reader.close();
		}

		assertThat(raw.row()).isEqualTo(2);
		assertThat(raw.cell("call_date")).isEqualTo("2026-11-03");
		assertThat(raw.cell("listening")).isEqualTo("18.5");
		assertThat(raw.cell("violations")).isEqualTo("C08;C14");
		ParsedRow parsed = RowParsers.forKind(InputKind.EVALUATIONS, new KnownPeople(Map.of("A0001", "AGENT")), schedule)
			.parse(raw);
		assertThat(parsed).isInstanceOf(ParsedRow.Accepted.class);
	}

	@Test
	void theCommittedTemplateMatchesTheShippedSchedule() throws Exception {
		Path committed = QaTemplateWriter.SHIPPED_TEMPLATE;
		String stale = committed + " is stale for jobs/penalty-schedule.yml; regenerate it with "
				+ "java -jar target/conduct-ledger.jar template --out=" + QaTemplateWriter.SHIPPED_TEMPLATE + " and commit it";
		assertThat(committed).as(stale).exists();

		assertThat(headerAsIngested(committed)).as(stale).isEqualTo(requiredColumns(schedule));
		try (XSSFWorkbook fresh = open(template()); XSSFWorkbook shipped = open(committed)) {
			assertThat(codeRows(shipped)).as(stale).isEqualTo(codeRows(fresh));
			assertThat(validations(shipped.getSheetAt(0))).as(stale).isEqualTo(validations(fresh.getSheetAt(0)));
			assertThat(instructionText(shipped)).as(stale).isEqualTo(instructionText(fresh));
		}
	}

	private Path template() {
		Path file = dir.resolve("qa-evaluation-template.xlsx");
		new QaTemplateWriter().write(schedule, file);
		return file;
	}

	private static List<String> requiredColumns(PenaltySchedule schedule) {
		return RowParsers.forKind(InputKind.EVALUATIONS, new KnownPeople(Map.of()), schedule).requiredColumns();
	}

	private static List<String> headerAsIngested(Path file) {
		XlsxRowReader reader = new XlsxRowReader(file);
		try {
			reader.open(new ExecutionContext());
			return reader.header();
		}
		finally {
			reader.close();
		}
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static Optional<XSSFDataValidation> validationOn(XSSFSheet sheet, int column) {
		return sheet.getDataValidations()
			.stream()
			.filter(validation -> validation.getRegions().getCellRangeAddresses()[0].getFirstColumn() == column)
			.findFirst();
	}

	/** What a validation checks, where, and what it tells the user. */
	private static List<String> validations(XSSFSheet sheet) {
		return sheet.getDataValidations()
			.stream()
			.<String>map(validation -> validation.getRegions().getCellRangeAddresses()[0].formatAsString() + " "
					+ describe(validation.getValidationConstraint()) + " " + validation.getPromptBoxText() + " "
					+ validation.getErrorBoxText())
			.sorted()
			.toList();
	}

	private static String describe(DataValidationConstraint constraint) {
		return constraint.getValidationType() + " " + constraint.getOperator() + " " + constraint.getFormula1() + " "
				+ constraint.getFormula2();
	}

	private static List<List<Object>> codeRows(XSSFWorkbook workbook) {
		Sheet codes = workbook.getSheetAt(1);
		return IntStream.rangeClosed(1, codes.getLastRowNum()).mapToObj(codes::getRow).map(row -> {
			List<Object> values = new ArrayList<>();
			row.forEach(cell -> values.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
					: cell.getStringCellValue()));
			return values;
		}).toList();
	}

	private static List<List<Object>> expectedCodeRows(PenaltySchedule schedule) {
		return schedule.conductCodes()
			.values()
			.stream()
			.sorted(java.util.Comparator.comparing(ConductCode::code))
			.map(code -> List.<Object>of(code.code(), (double) code.points(), code.fatal() ? "是 yes" : "否 no",
					code.chinese(), code.english()))
			.toList();
	}

	private static List<String> instructionText(XSSFWorkbook workbook) {
		List<String> text = new ArrayList<>();
		workbook.getSheetAt(2).forEach(row -> row.forEach(cell -> text.add(cell.getStringCellValue())));
		return text;
	}

}
