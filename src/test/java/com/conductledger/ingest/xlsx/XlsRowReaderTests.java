package com.conductledger.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.conductledger.ingest.HeaderCheckingReader;
import com.conductledger.ingest.InputFileException;
import com.conductledger.ingest.RawRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Legacy Excel 97-2003 workbooks, streamed with POI's HSSF event API: a real file written by
 * LibreOffice ({@code src/test/resources/ingest/xls/README.md}) and files written by POI's HSSF,
 * read to the same rows as .xlsx.
 */
class XlsRowReaderTests {

	@TempDir
	Path dir;

	private final List<WorkbookRowReader> readers = new ArrayList<>();

	@AfterEach
	void closeReaders() {
		readers.forEach(WorkbookRowReader::close);
		Biff8EncryptionKey.setCurrentUserPassword(null);
	}

	@Test
	void aWorkbookWrittenByLibreOfficeIsReadFromItsFirstSheetByValue() throws Exception {
		Path file = libreOfficeFixture();

		WorkbookRowReader reader = opened(file);
		List<RawRow> rows = readAll(reader);

		assertThat(reader).isInstanceOf(XlsRowReader.class);
		assertThat(reader.header()).containsExactly("evaluation_id", "call_date", "agent_id", "call_id", "evaluator_id",
				"greeting", "listening", "accuracy", "courtesy", "compliance", "closing", "violations", "comment");
		assertThat(rows).extracting(RawRow::sheet).containsOnly("评估");
		assertThat(rows).extracting(RawRow::row).containsExactly(2, 3, 4, 5);
		assertThat(rows.get(0).cells()).containsEntry("call_date", "2026-11-02")
			.containsEntry("greeting", "9")
			.containsEntry("listening", "18")
			.containsEntry("evaluator_id", "Q01")
			.containsEntry("comment", "开场白规范，语速稍快");
		assertThat(rows.get(1).cell("violations")).isEqualTo("C08;C14");
		assertThat(rows.get(2).cell("call_date")).isEqualTo("2026/11/5");
		assertThat(rows.get(2).cell("greeting")).isEmpty();
	}

	@Test
	void cellsOfEveryKindComeOutAsTheXlsxReaderGivesThem() throws Exception {
		Path file = hssf("values.xls", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent", "score", "weight", "passed", "lookup", "label", "on", "at", "ratio");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("A-017");
			row.createCell(1).setCellValue(10);
			row.createCell(2).setCellValue(9.5);
			row.createCell(3).setCellValue(true);
			row.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
			row.createCell(5).setCellFormula("\"QA-\"&B2");
			cell(wb, row, 6, LocalDate.of(2026, 11, 3), "m/d/yy");
			Cell at = row.createCell(7);
			at.setCellValue(LocalDateTime.of(2026, 11, 3, 14, 30));
			at.setCellStyle(style(wb, "yyyy-mm-dd hh:mm"));
			row.createCell(8).setCellValue(0.95);
			row.getCell(8).setCellStyle(style(wb, "0%"));
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});

		assertThat(readAll(opened(file)).get(0).cells()).isEqualTo(Map.of("agent", "A-017", "score", "10", "weight", "9.5",
				"passed", "true", "lookup", "#N/A", "label", "QA-10", "on", "2026-11-03", "at", "2026-11-03T14:30",
				"ratio", "0.95"));
	}

	@Test
	void theFirstSheetIsTheFirstInTheWorkbooksOrderAndBlankRowsKeepTheirNumbers() throws Exception {
		Path file = hssf("order.xls", wb -> {
			Sheet notes = wb.createSheet("Notes");
			row(notes, 0, "note");
			row(notes, 1, "ignore me");
			Sheet evaluations = wb.createSheet("Evaluations");
			row(evaluations, 0, "agent");
			row(evaluations, 1, "A-001");
			row(evaluations, 3, " ");
			row(evaluations, 6, "A-002");
			wb.setSheetOrder("Evaluations", 0);
		});

		List<RawRow> rows = readAll(opened(file));

		assertThat(rows).containsExactly(new RawRow("Evaluations", 2, Map.of("agent", "A-001")),
				new RawRow("Evaluations", 7, Map.of("agent", "A-002")));
	}

	@Test
	void aRestartedReaderResumesAfterTheRowsAlreadyRead() throws Exception {
		Path file = hssf("restart.xls", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent");
			for (int i = 1; i <= 4; i++) {
				row(sheet, i, "A-00" + i);
			}
		});
		ExecutionContext context = new ExecutionContext();
		WorkbookRowReader first = opened(file, context);
		first.read();
		first.read();
		first.update(context);
		first.close();

		assertThat(opened(file, context).read().cell("agent")).isEqualTo("A-003");
	}

	@Test
	void aHeaderLackingColumnsNamesTheSheet() throws Exception {
		Path file = hssf("wrong.xls", wb -> {
			row(wb.createSheet("Notes"), 0, "how to fill in");
			row(wb.createSheet("Evaluations"), 0, "agent_id");
		});
		HeaderCheckingReader reader = new HeaderCheckingReader(WorkbookRowReader.forFile(file, "evaluations/old.xls"),
				List.of("agent_id"), "evaluations/old.xls");

		assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith("evaluations/old.xls, first sheet 'Notes', lacks header column(s) agent_id")
			.hasMessageContaining("the workbook's sheets are 'Notes', 'Evaluations'");
	}

	@Test
	void aPasswordProtectedWorkbookIsRefusedSayingSo() throws Exception {
		Path file = dir.resolve("secret.xls");
		Biff8EncryptionKey.setCurrentUserPassword("geheim");
		try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			row(wb.createSheet("Evaluations"), 0, "agent");
			wb.write(out);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}

		assertThatThrownBy(() -> readAll(opened(file))).isInstanceOf(InputFileException.class)
			.hasMessageContaining("protected with a password");
	}

	@Test
	void anOfficeFileThatIsNoWorkbookIsRefusedNamingTheFile() throws Exception {
		Path file = dir.resolve("document.xls");
		try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
				OutputStream out = Files.newOutputStream(file)) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[100]), "WordDocument");
			fs.writeFilesystem(out);
		}

		assertThatThrownBy(() -> opened(file)).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith(file + " is an Office file but not an Excel workbook");
	}

	@Test
	void closingHalfwayStopsTheParsingThread() throws Exception {
		Path file = hssf("large.xls", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent", "remark");
			for (int i = 1; i < 20_000; i++) {
				row(sheet, i, "A-" + i, "remark " + i);
			}
		});
		WorkbookRowReader reader = opened(file);
		assertThat(reader.read().row()).isEqualTo(2);

		reader.close();

		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
				thread -> thread.getName().equals("xls-reader " + file.getFileName()) && thread.isAlive());
	}

	private Path libreOfficeFixture() throws IOException {
		Path file = dir.resolve("qa-libreoffice.xls");
		try (InputStream in = getClass().getResourceAsStream("/ingest/xls/qa-libreoffice.xls")) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private WorkbookRowReader opened(Path file) {
		return opened(file, new ExecutionContext());
	}

	private WorkbookRowReader opened(Path file, ExecutionContext context) {
		WorkbookRowReader reader = WorkbookRowReader.forFile(file, file.toString());
		readers.add(reader);
		reader.open(context);
		return reader;
	}

	private static List<RawRow> readAll(WorkbookRowReader reader) throws Exception {
		List<RawRow> rows = new ArrayList<>();
		for (RawRow row = reader.read(); row != null; row = reader.read()) {
			rows.add(row);
		}
		return rows;
	}

	private Path hssf(String name, Consumer<HSSFWorkbook> content) throws IOException {
		Path file = dir.resolve(name);
		try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			content.accept(wb);
			wb.write(out);
		}
		return file;
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int column = 0; column < values.length; column++) {
			row.createCell(column).setCellValue(values[column]);
		}
	}

	private static void cell(HSSFWorkbook wb, Row row, int column, LocalDate date, String format) {
		Cell cell = row.createCell(column);
		cell.setCellValue(date);
		cell.setCellStyle(style(wb, format));
	}

	private static CellStyle style(HSSFWorkbook wb, String format) {
		CellStyle style = wb.createCellStyle();
		style.setDataFormat(wb.createDataFormat().getFormat(format));
		return style;
	}

}
