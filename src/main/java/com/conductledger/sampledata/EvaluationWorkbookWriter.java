package com.conductledger.sampledata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams one QA evaluation workbook (header in row 1 of the first sheet). call_date is a real
 * Excel date cell or, as some evaluators type it, text.
 */
final class EvaluationWorkbookWriter implements AutoCloseable {

	static final String[] ITEMS = { "greeting", "listening", "accuracy", "courtesy", "compliance", "closing" };

	static final String[] HEADER = { "evaluation_id", "call_date", "agent_id", "call_id", "evaluator_id", "greeting",
			"listening", "accuracy", "courtesy", "compliance", "closing", "violations", "comment" };

	private final Path file;

	private final String idPrefix;

	private final int idWidth;

	private final boolean realDates;

	private final SXSSFWorkbook workbook;

	private final Sheet sheet;

	private final CellStyle dateStyle;

	private int rows;

	EvaluationWorkbookWriter(Path file, String idPrefix, int idWidth, boolean realDates, LocalDateTime documentTime) {
		this.file = file;
		this.idPrefix = idPrefix;
		this.idWidth = idWidth;
		this.realDates = realDates;
		this.workbook = new SXSSFWorkbook(100);
		workbook.setCompressTempFiles(true);
		POIXMLProperties.CoreProperties properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
		Date fixed = Date.from(documentTime.toInstant(ZoneOffset.UTC));
		properties.setCreator("Conduct Ledger sample generator");
		properties.setCreated(Optional.of(fixed));
		properties.setModified(Optional.of(fixed));
		properties.setTitle("QA evaluations");
		this.sheet = workbook.createSheet("Evaluations");
		this.dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		Row header = sheet.createRow(0);
		for (int column = 0; column < HEADER.length; column++) {
			header.createCell(column).setCellValue(HEADER[column]);
			sheet.setColumnWidth(column, (column == HEADER.length - 1 ? 40 : 13) * 256);
		}
	}

	void write(Evaluation evaluation) {
		rows++;
		Row row = sheet.createRow(rows);
		row.createCell(0).setCellValue(idPrefix + Centre.pad(rows, idWidth));
		Cell callDate = row.createCell(1);
		if (realDates) {
			callDate.setCellValue(evaluation.callDate());
			callDate.setCellStyle(dateStyle);
		}
		else {
			callDate.setCellValue(evaluation.callDate().toString());
		}
		row.createCell(2).setCellValue(evaluation.agentId());
		text(row, 3, evaluation.callId());
		row.createCell(4).setCellValue(evaluation.evaluatorId());
		if (!evaluation.floorObservation()) {
			for (int item = 0; item < ITEMS.length; item++) {
				row.createCell(5 + item).setCellValue(evaluation.scores()[item]);
			}
		}
		text(row, 11, evaluation.violations());
		text(row, 12, evaluation.comment());
	}

	long rows() {
		return rows;
	}

	private static void text(Row row, int column, String value) {
		if (!value.isEmpty()) {
			row.createCell(column).setCellValue(value);
		}
	}

	@Override
	public void close() {
		try (SXSSFWorkbook closing = workbook; OutputStream out = Files.newOutputStream(file)) {
			closing.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
