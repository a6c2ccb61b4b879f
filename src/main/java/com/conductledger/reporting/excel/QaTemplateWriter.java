package com.conductledger.reporting.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.conductledger.schedule.PenaltySchedule;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank QA evaluation workbook QA staff fill in and upload (formats.md "QA evaluation
 * workbook"): sheet {@code Evaluations} with the header the ingest requires and data validation
 * from the schedule's form, then the conduct codes and instructions in Chinese and English. The
 * template holds no data rows, so it is built in memory.
 */
public final class QaTemplateWriter {

	/** Where the project keeps the generated template, relative to its root. */
	public static final Path SHIPPED_TEMPLATE = Path.of("report-templates", "qa-evaluation-template.xlsx");

	/**
	 * Writes the template for the schedule's QA form and conduct codes to {@code file}, replacing it.
	 * @throws UncheckedIOException when the file cannot be written
	 */
	public void write(PenaltySchedule schedule, Path file) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.getProperties().getCoreProperties().setTitle("QA evaluations 质检评分表");
			workbook.getProperties().getCoreProperties().setCreator("Conduct Ledger");
			CellStyles styles = new CellStyles(workbook);
			new EvaluationsTemplateSheet(schedule).write(workbook, styles);
			new CodesTemplateSheet().write(workbook, styles, schedule);
			new InstructionsTemplateSheet().write(workbook, styles, schedule);
			workbook.setActiveSheet(0);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

}
