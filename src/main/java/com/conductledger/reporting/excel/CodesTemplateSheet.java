package com.conductledger.reporting.excel;

import java.util.Comparator;
import java.util.List;

import com.conductledger.reporting.excel.Column.Kind;
import com.conductledger.schedule.ConductCode;
import com.conductledger.schedule.PenaltySchedule;
import org.apache.poi.ss.usermodel.Workbook;

/** The QA template's list of the conduct codes of Art. 46(3) in force, with points, fatal flag and both descriptions. */
final class CodesTemplateSheet {

	static final String NAME = "违规代码 Codes";

	static final List<Column> COLUMNS = List.of(Column.of("code", Kind.ID), Column.of("points", Kind.INTEGER),
			Column.of("fatal", Kind.ID), Column.of("chinese", Kind.LONG_TEXT), Column.of("english", Kind.LONG_TEXT));

	/** How the fatal column reads: yes sets the evaluation's score to 0. */
	static final String FATAL = "是 yes";

	static final String NOT_FATAL = "否 no";

	void write(Workbook workbook, CellStyles styles, PenaltySchedule schedule) {
		TableSheet table = TableSheet.create(workbook, styles, NAME, "违规代码 Conduct codes (Art. 46(3))", COLUMNS);
		schedule.conductCodes()
			.values()
			.stream()
			.sorted(Comparator.comparing(ConductCode::code))
			.forEach(code -> table.row()
				.text(code.code())
				.integer(code.points())
				.text(code.fatal() ? FATAL : NOT_FATAL)
				.text(code.chinese())
				.text(code.english()));
		table.finish();
	}

}
