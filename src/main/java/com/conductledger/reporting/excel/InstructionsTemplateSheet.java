package com.conductledger.reporting.excel;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import com.conductledger.reporting.excel.Column.Kind;
import com.conductledger.schedule.ConductCode;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.QaItem;
import org.apache.poi.ss.usermodel.Workbook;

/** The QA template's sheet telling QA staff how to fill it in, in Chinese and English, with the schedule's numbers. */
final class InstructionsTemplateSheet {

	static final String NAME = "填写说明 Instructions";

	static final List<Column> COLUMNS = List.of(Column.of("中文", Kind.LONG_TEXT), Column.of("English", Kind.LONG_TEXT));

	void write(Workbook workbook, CellStyles styles, PenaltySchedule schedule) {
		TableSheet table = TableSheet.create(workbook, styles, NAME, "填写说明 How to fill in", COLUMNS);
		for (String[] line : lines(schedule)) {
			table.row().wrapped(line[0]).wrapped(line[1]);
		}
	}

	private static List<String[]> lines(PenaltySchedule schedule) {
		String items = schedule.qaForm()
			.stream()
			.map(item -> item.name() + " (0-" + plain(item.maximum()) + ")")
			.collect(Collectors.joining(", "));
		String total = plain(schedule.qaForm().stream().map(QaItem::maximum).reduce(BigDecimal.ZERO, BigDecimal::add));
		String fatal = schedule.conductCodes()
			.values()
			.stream()
			.filter(ConductCode::fatal)
			.map(ConductCode::code)
			.sorted()
			.collect(Collectors.joining(", "));
		String codes = CodesTemplateSheet.NAME;
		return List.of(
				line("质检人员填写本工作簿后，上传到 evaluations/ 文件夹。",
						"QA staff fill in this workbook and upload it to the evaluations/ folder."),
				line("只填写第一个工作表 Evaluations。第 1 行是表头，请勿修改或删除列名；末尾新增的列会被忽略。",
						"Fill in the first sheet, Evaluations, only. Row 1 is the header: do not rename or delete its "
								+ "columns. Columns added at the end are ignored."),
				line("每行一次评估。evaluation_id：评估编号（最多 40 个字符），不可重复；同名工作簿改正后再次上传时，同一编号会替换之前的记录；"
						+ "其他工作簿中已有的编号会被拒收。",
						"One evaluation per row. evaluation_id: the evaluation's own id (at most 40 characters); "
								+ "uploading the same workbook (same file name) again, corrected, replaces the rows of "
								+ "the ids it re-states; an id already taken from another workbook is rejected."),
				line("call_date：通话日期，Excel 日期单元格，或文字 yyyy-mm-dd（如 2026-11-03）或 yyyy/m/d（如 2026/11/3），决定该评估计入哪个考核周期。",
						"call_date: the date of the call, as an Excel date or as text yyyy-mm-dd (e.g. 2026-11-03) "
								+ "or yyyy/m/d (e.g. 2026/11/3); it decides the period."),
				line("agent_id：被评估坐席的工号，必须在 agents.csv 中。evaluator_id：质检员的工号，必填，不必在 agents.csv 中；"
						+ "不能与 agent_id 相同（自评不予导入）。call_id：通话编号，可留空。",
						"agent_id: the evaluated agent, who must be in agents.csv. evaluator_id: the QA inspector "
								+ "who scored the call, required, need not be in agents.csv; never the agent_id itself "
								+ "(a self-evaluation is rejected). call_id: the call's id, may be blank."),
				line("评分项 " + items + "：每项填 0 到其满分之间的分数，满分合计 " + total + "。",
						"Items " + items + ": score each from 0 to its maximum; they add up to " + total + "."),
				line("现场巡查只记录违规时：所有评分项留空，violations 必须填写。",
						"A floor observation records violations only: leave every item blank and fill in violations."),
				line("violations：违规代码，多个代码用分号分隔，如 C08;C14；无违规留空。代码、扣分和说明见“" + codes + "”工作表。致命项 "
						+ fatal + " 使该次评估得分为 0。",
						"violations: conduct codes, several separated by ; (e.g. C08;C14); blank if none. See sheet "
								+ codes + " for the codes, their points and meaning. A fatal code (" + fatal
								+ ") sets that evaluation's score to 0."),
				line("comment：备注，可留空，最多 32,767 个字符（一个 Excel 单元格的上限）。",
						"comment: a remark, may be blank, at most 32,767 characters (what an Excel cell holds)."),
				line("请保存为 Excel 工作簿（.xlsx）；旧版 Excel 97-2003 工作簿（.xls）也可读取。不要保存为 CSV 或 Strict Open XML 格式，不要设置密码。"
						+ "公式单元格须由 Excel 保存过（带计算结果）。",
						"Save as an Excel Workbook (.xlsx); a legacy Excel 97-2003 workbook (.xls) is read too. Not CSV "
								+ "or Strict Open XML, and without a password. A formula cell must have been saved "
								+ "by Excel, with its value."),
				line("有问题的行（坐席工号不存在、自评、分数超过满分、未知代码、日期错误、编号重复、文字过长等）不会导入，会写入 rejected-rows.csv，注明行号、列和原因；其余行照常导入。"
						+ "仅因坐席尚未在 agents.csv 中而拒收的行，待该坐席出现在 agents.csv 后会自动导入。改正后重新上传即可。",
						"A row with a problem (unknown agent, self-evaluation, score above the maximum, unknown code, "
								+ "bad date, duplicate id, text too long) is not taken: rejected-rows.csv names its "
								+ "row, column and reason. Every other row is taken. A row rejected only because its "
								+ "agent is not yet in agents.csv is taken once an agents file names the agent. "
								+ "Correct the row and upload again."));
	}

	private static String[] line(String chinese, String english) {
		return new String[] { chinese, english };
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
