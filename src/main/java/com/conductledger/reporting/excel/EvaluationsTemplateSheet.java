package com.conductledger.reporting.excel;

import java.util.List;
import java.util.Map;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.parse.KnownPeople;
import com.conductledger.ingest.parse.RowParsers;
import com.conductledger.reporting.excel.Column.Kind;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.QaItem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of the QA evaluation template: the header the evaluation ingest requires, in
 * row 1, with typed columns and data validation for the rows QA staff fill in.
 * <p>
 * {@code violations} gets an input prompt, not a strict rule: a cell may hold several codes
 * ({@code C08;C14}), which no list validation allows, and the ingest also takes {@code ,},
 * the full-width {@code ；，}, spaces, lower case and {@code C8}, which a custom formula would
 * have to copy (and Excel, WPS and LibreOffice evaluate such formulas differently). The ingest
 * checks every code and rejects an unknown one with its row and column.
 */
final class EvaluationsTemplateSheet {

	static final String NAME = "Evaluations";

	/** The last Excel row the validations and prompts cover. */
	static final int LAST_ROW = 2000;

	static final String FIRST_DATE = "DATE(2000,1,1)";

	static final String LAST_DATE = "DATE(2099,12,31)";

	/** Excel refuses a prompt or error title longer than this. */
	private static final int MAX_TITLE = 32;

	private static final Map<String, Kind> KINDS = Map.of("evaluation_id", Kind.ID, "call_date", Kind.DATE,
			"agent_id", Kind.ID, "call_id", Kind.TEXT, "evaluator_id", Kind.ID, "violations", Kind.TEXT, "comment",
			Kind.LONG_TEXT);

	private final PenaltySchedule schedule;

	EvaluationsTemplateSheet(PenaltySchedule schedule) {
		this.schedule = schedule;
	}

	/** The header row: exactly the columns the evaluation ingest requires, in formats.md order. */
	static List<String> header(PenaltySchedule schedule) {
		return RowParsers.forKind(InputKind.EVALUATIONS, new KnownPeople(Map.of()), schedule).requiredColumns();
	}

	void write(XSSFWorkbook workbook, CellStyles styles) {
		List<String> header = header(schedule);
		List<Column> columns = header.stream().map(name -> Column.of(name, KINDS.getOrDefault(name, Kind.INTEGER))).toList();
		TableSheet.create(workbook, styles, NAME, "QA evaluations 质检评分表", columns);
		Sheet sheet = workbook.getSheet(NAME);
		CellStyle textFormat = workbook.createCellStyle();
		textFormat.setDataFormat(workbook.createDataFormat().getFormat("@"));
		for (int column = 0; column < header.size(); column++) {
			String name = header.get(column);
			if (name.equals("call_date")) {
				sheet.setDefaultColumnStyle(column, styles.date);
				sheet.addValidationData(callDate(sheet.getDataValidationHelper(), column));
			}
			else if (schedule.qaItem(name).isPresent()) {
				sheet.addValidationData(score(sheet.getDataValidationHelper(), column, schedule.qaItem(name).get()));
			}
			else {
				// ids and codes stay text as typed: "0012" keeps its zeros, "C08;C14" is never a number
				sheet.setDefaultColumnStyle(column, textFormat);
			}
			if (name.equals("violations")) {
				sheet.addValidationData(violations(sheet.getDataValidationHelper(), column, codeRange()));
			}
		}
	}

	private static DataValidation callDate(DataValidationHelper helper, int column) {
		DataValidation validation = helper.createValidation(
				helper.createDateConstraint(OperatorType.BETWEEN, FIRST_DATE, LAST_DATE, "yyyy-mm-dd"), rows(column));
		prompt(validation, "通话日期 Call date", "格式 yyyy-mm-dd，例如 2026-11-03。 As yyyy-mm-dd, e.g. 2026-11-03.");
		refuse(validation, "日期无效 Invalid date", "请输入 2000-01-01 至 2099-12-31 之间的日期，格式 yyyy-mm-dd。 "
				+ "Enter a date from 2000-01-01 to 2099-12-31 as yyyy-mm-dd.");
		return validation;
	}

	private static DataValidation score(DataValidationHelper helper, int column, QaItem item) {
		String maximum = item.maximum().stripTrailingZeros().toPlainString();
		DataValidation validation = helper.createValidation(
				helper.createDecimalConstraint(OperatorType.BETWEEN, "0", maximum), rows(column));
		prompt(validation, item.name() + " 0-" + maximum, "填写 0 到 " + maximum + " 的分数；现场巡查（只记违规）时所有评分项留空。 "
				+ "Score 0 to " + maximum + ". Leave every item blank for a floor observation (violations only).");
		refuse(validation, "分数超出范围 Out of range", item.name() + " 的分数须在 0 到 " + maximum + " 之间。 "
				+ item.name() + " must be a number from 0 to " + maximum + ".");
		return validation;
	}

	/** e.g. {@code C01-C18}. */
	private String codeRange() {
		List<String> codes = schedule.conductCodes().keySet().stream().sorted().toList();
		return codes.get(0) + "-" + codes.get(codes.size() - 1);
	}

	private static DataValidation violations(DataValidationHelper helper, int column, String codes) {
		DataValidationConstraint anyValue = new XSSFDataValidationConstraint(ValidationType.ANY, null);
		DataValidation validation = helper.createValidation(anyValue, rows(column));
		prompt(validation, "违规代码 Conduct codes", "填写 " + codes + "，多个代码用分号分隔，如 C08;C14；无违规留空。见“"
				+ CodesTemplateSheet.NAME + "”工作表。 Codes " + codes + ", several separated by ; (e.g. C08;C14); "
				+ "blank if none. See sheet " + CodesTemplateSheet.NAME + ".");
		return validation;
	}

	private static CellRangeAddressList rows(int column) {
		return new CellRangeAddressList(1, LAST_ROW - 1, column, column);
	}

	private static String shortened(String title) {
		return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
	}

	private static void prompt(DataValidation validation, String title, String text) {
		validation.setShowPromptBox(true);
		validation.createPromptBox(shortened(title), text);
	}

	private static void refuse(DataValidation validation, String title, String text) {
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(shortened(title), text);
		validation.setEmptyCellAllowed(true);
	}

}
