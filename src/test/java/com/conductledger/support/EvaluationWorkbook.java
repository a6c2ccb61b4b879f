package com.conductledger.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds a real QA evaluation workbook with POI, as QA staff would fill it in. */
public final class EvaluationWorkbook {

	public static final List<String> HEADER = List.of("evaluation_id", "call_date", "agent_id", "call_id",
			"evaluator_id", "greeting", "listening", "accuracy", "courtesy", "compliance", "closing", "violations",
			"comment");

	private final List<Object[]> rows = new ArrayList<>();

	private boolean dateCells;

	public static EvaluationWorkbook withDateCells() {
		EvaluationWorkbook workbook = new EvaluationWorkbook();
		workbook.dateCells = true;
		return workbook;
	}

	public static EvaluationWorkbook withTextDates() {
		return new EvaluationWorkbook();
	}

	/** One row in header order; call_date as a LocalDate (written as a date cell or as text). */
	public EvaluationWorkbook row(Object... values) {
		rows.add(values);
		return this;
	}

	public Path writeTo(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("评估");
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				header.createCell(i).setCellValue(HEADER.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				Object[] values = rows.get(r);
				for (int c = 0; c < values.length; c++) {
					write(row.createCell(c), values[c], dateStyle);
				}
			}
			workbook.write(out);
		}
		return file;
	}

	private void write(Cell cell, Object value, CellStyle dateStyle) {
		if (value instanceof LocalDate date) {
			if (dateCells) {
				cell.setCellValue(date);
				cell.setCellStyle(dateStyle);
			}
			else {
				cell.setCellValue(date.toString());
			}
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(value.toString());
		}
	}

}
