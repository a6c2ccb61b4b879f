package com.conductledger.reporting.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles a workbook uses, created once: a workbook holds at most 64,000 styles, so
 * one per cell would break a large month.
 */
final class CellStyles {

	final CellStyle header;

	final CellStyle text;

	/** For text that a spreadsheet would take for a formula when edited ({@code =}, {@code +}, {@code -}, {@code @}). */
	final CellStyle quotedText;

	final CellStyle integer;

	final CellStyle decimal;

	final CellStyle date;

	final CellStyle wrapped;

	CellStyles(Workbook workbook) {
		header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		text = workbook.createCellStyle();
		quotedText = workbook.createCellStyle();
		quotedText.setQuotePrefixed(true);
		integer = numberStyle(workbook, "0");
		decimal = numberStyle(workbook, "0.00");
		date = numberStyle(workbook, "yyyy-mm-dd");
		wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);
	}

	private static CellStyle numberStyle(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

}
