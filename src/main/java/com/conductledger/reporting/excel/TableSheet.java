package com.conductledger.reporting.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet holding one table: a styled, frozen header in row 1 (where the autofilter needs it),
 * then data rows written left to right. Text from the inputs only ever becomes a string cell,
 * never a formula; text a spreadsheet would take for a formula on editing also gets Excel's quote
 * prefix, so it stays text when someone edits the cell.
 */
final class TableSheet {

	/** The page-number codes of an OOXML header or footer: "3 / 12". */
	private static final String PAGE_OF_PAGES = "&P / &N";

	private static final int MAX_ROW_INDEX = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

	private final Sheet sheet;

	private final CellStyles styles;

	private final int columns;

	private Row row;

	private int nextColumn;

	private TableSheet(Sheet sheet, CellStyles styles, int columns) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = columns;
	}

	/** Creates the sheet with its header row; {@code title} goes in the printed page header. */
	static TableSheet create(Workbook workbook, CellStyles styles, String name, String title, List<Column> columns) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int index = 0; index < columns.size(); index++) {
			Column column = columns.get(index);
			Cell cell = header.createCell(index);
			cell.setCellValue(column.header());
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(index, column.widthInCharacters() * 256);
		}
		sheet.createFreezePane(0, 1);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		sheet.getHeader().setCenter(title.replace("&", "&&"));
		sheet.getFooter().setRight(PAGE_OF_PAGES);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		return new TableSheet(sheet, styles, columns.size());
	}

	/** Starts the next data row. */
	TableSheet row() {
		int index = row == null ? 1 : row.getRowNum() + 1;
		if (index > MAX_ROW_INDEX) {
			throw new IllegalStateException("sheet '" + sheet.getSheetName() + "' cannot hold more than "
					+ MAX_ROW_INDEX + " rows, the most an Excel sheet has");
		}
		row = sheet.createRow(index);
		nextColumn = 0;
		return this;
	}

	TableSheet text(String value) {
		if (value == null || value.isEmpty()) {
			return blank();
		}
		Cell cell = next();
		cell.setCellValue(value);
		if (looksLikeFormula(value)) {
			cell.setCellStyle(styles.quotedText);
		}
		return this;
	}

	TableSheet wrapped(String value) {
		Cell cell = next();
		cell.setCellValue(value);
		cell.setCellStyle(styles.wrapped);
		return this;
	}

	TableSheet integer(Integer value) {
		return value == null ? blank() : number(value, styles.integer);
	}

	TableSheet decimal(BigDecimal value) {
		return value == null ? blank() : number(value.doubleValue(), styles.decimal);
	}

	TableSheet date(LocalDate value) {
		if (value == null) {
			return blank();
		}
		Cell cell = next();
		cell.setCellValue(value);
		cell.setCellStyle(styles.date);
		return this;
	}

	TableSheet bool(boolean value) {
		next().setCellValue(value);
		return this;
	}

	TableSheet blank() {
		nextColumn++;
		return this;
	}

	/** Puts the autofilter over the header and every row written. */
	void finish() {
		int lastRow = row == null ? 0 : row.getRowNum();
		sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns - 1));
	}

	private TableSheet number(double value, CellStyle style) {
		Cell cell = next();
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return this;
	}

	private Cell next() {
		if (nextColumn >= columns) {
			throw new IllegalStateException("row " + (row.getRowNum() + 1) + " of sheet '" + sheet.getSheetName()
					+ "' has more cells than its " + columns + " columns");
		}
		return row.createCell(nextColumn++);
	}

	static boolean looksLikeFormula(String value) {
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@';
	}

}
