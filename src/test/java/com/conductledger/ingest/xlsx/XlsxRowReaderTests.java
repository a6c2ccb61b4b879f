package com.conductledger.ingest.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.conductledger.ingest.HeaderCheckingReader;
import com.conductledger.ingest.InputFileException;
import com.conductledger.ingest.RawRow;
import com.conductledger.support.Workbooks;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

class XlsxRowReaderTests {

	@TempDir
	Path dir;

	private final List<XlsxRowReader> readers = new ArrayList<>();

	@AfterEach
	void closeReaders() {
		readers.forEach(XlsxRowReader::close);
	}

	@Test
	void headerNamesComeOutLowerCasedAndTrimmed() {
		Path file = workbook("header.xlsx", wb -> row(wb.createSheet("Evaluations"), 0, " Agent ID", "SCORE ", "Evaluated On"));

		XlsxRowReader reader = opened(file);

		assertThat(reader.header()).containsExactly("agent id", "score", "evaluated on");
	}

	@Test
	void stringNumberAndBooleanCellsComeOutAsPlainText() throws Exception {
		Path file = workbook("values.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent", "score", "weight", "big", "tiny", "passed", "failed");
			row(sheet, 1, "A-017", 10, 9.5, 1234567890123.0, 0.000123, true, false);
		});

		RawRow row = readAll(file).get(0);

		assertThat(row.cells()).containsExactlyInAnyOrderEntriesOf(Map.of("agent", "A-017", "score", "10", "weight",
				"9.5", "big", "1234567890123", "tiny", "0.000123", "passed", "true", "failed", "false"));
	}

	@Test
	void numbersComeOutByValueNotByTheirPercentOrDecimalDisplayFormat() throws Exception {
		Path file = workbook("formats.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "ratio", "score");
			row(sheet, 1, 0.95, 7);
			sheet.getRow(1).getCell(0).setCellStyle(style(wb, "0%"));
			sheet.getRow(1).getCell(1).setCellStyle(style(wb, "0.00"));
		});

		assertThat(readAll(file).get(0).cells()).isEqualTo(Map.of("ratio", "0.95", "score", "7"));
	}

	@Test
	void formulaCellsGiveTheirCachedResultAndErrorCellsTheirErrorText() throws Exception {
		Path file = workbook("formulas.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "base", "doubled", "label", "lookup");
			row(sheet, 1, 4.5);
			Row data = sheet.getRow(1);
			data.createCell(1).setCellFormula("A2*2");
			data.createCell(2).setCellFormula("\"QA-\"&A2");
			data.createCell(3).setCellErrorValue(FormulaError.NA.getCode());
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});

		assertThat(readAll(file).get(0).cells())
			.isEqualTo(Map.of("base", "4.5", "doubled", "9", "label", "QA-4.5", "lookup", "#N/A"));
	}

	@Test
	void dateCellsComeOutAsIsoDatesWhateverTheirDisplayFormat() throws Exception {
		Path file = workbook("dates.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "iso", "american", "chinese");
			Row row = sheet.createRow(1);
			dateCell(wb, row, 0, "yyyy-mm-dd");
			dateCell(wb, row, 1, "m/d/yy");
			dateCell(wb, row, 2, "yyyy\"年\"m\"月\"d\"日\"");
		});

		assertThat(readAll(file).get(0).cells())
			.isEqualTo(Map.of("iso", "2026-11-03", "american", "2026-11-03", "chinese", "2026-11-03"));
	}

	@Test
	void aWorkbookCountingDaysFrom1904GivesTheSameDates() throws Exception {
		Path file = workbook("mac.xlsx", wb -> {
			wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "evaluated on");
			dateCell(wb, sheet.createRow(1), 0, "m/d/yy");
		});

		assertThat(readAll(file).get(0).cell("evaluated on")).isEqualTo("2026-11-03");
	}

	@Test
	void dateTimeCellsKeepTheirTimeOfDay() throws Exception {
		Path file = workbook("times.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "evaluated at", "precisely at", "call time");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(LocalDateTime.of(2026, 11, 3, 14, 30));
			row.createCell(1).setCellValue(LocalDateTime.of(2026, 11, 3, 14, 30, 15));
			row.createCell(2).setCellValue(14.5 / 24);
			row.getCell(0).setCellStyle(style(wb, "yyyy-mm-dd hh:mm"));
			row.getCell(1).setCellStyle(style(wb, "m/d/yy h:mm"));
			row.getCell(2).setCellStyle(style(wb, "h:mm"));
		});

		assertThat(readAll(file).get(0).cells()).isEqualTo(
				Map.of("evaluated at", "2026-11-03T14:30", "precisely at", "2026-11-03T14:30:15", "call time", "14:30"));
	}

	@Test
	void datesTypedAsTextStayTextAndChineseTextIsKeptIntact() throws Exception {
		Path file = workbook("text.xlsx", wb -> {
			Sheet sheet = wb.createSheet("考评");
			row(sheet, 0, "姓名", "日期", "备注");
			row(sheet, 1, "张伟", "2026/11/03", "服务态度良好，语速偏快");
		});

		RawRow row = readAll(file).get(0);

		assertThat(row.sheet()).isEqualTo("考评");
		assertThat(row.cells()).isEqualTo(Map.of("姓名", "张伟", "日期", "2026/11/03", "备注", "服务态度良好，语速偏快"));
	}

	@Test
	void blankRowsAreSkippedButRowNumbersStayTheRealExcelRows() throws Exception {
		Path file = workbook("gaps.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent", "score");
			row(sheet, 1, "A-001", 8);
			row(sheet, 3, "", "   ");
			row(sheet, 4, "", "", "", "", "a note beyond the header");
			row(sheet, 6, "A-002", 9);
		});

		List<RawRow> rows = readAll(file);

		assertThat(rows).extracting(RawRow::row).containsExactly(2, 7);
		assertThat(rows).extracting(row -> row.cell("agent")).containsExactly("A-001", "A-002");
	}

	@Test
	void cellsBeyondTheHeaderAreIgnoredAndMissingCellsAreEmpty() throws Exception {
		Path file = workbook("sparse.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent", "", "score", "remark");
			row(sheet, 1, "A-001", "under no name", null, null, "beyond");
		});

		RawRow row = readAll(file).get(0);

		assertThat(row.cells()).isEqualTo(Map.of("agent", "A-001"));
		assertThat(row.cell("score")).isEmpty();
	}

	@Test
	void onlyTheFirstSheetInWorkbookOrderIsRead() throws Exception {
		Path file = workbook("sheets.xlsx", wb -> {
			row(wb.createSheet("Notes"), 0, "note");
			row(wb.getSheet("Notes"), 1, "ignore me");
			Sheet evaluations = wb.createSheet("Evaluations");
			row(evaluations, 0, "agent");
			row(evaluations, 1, "A-001");
			wb.setSheetOrder("Evaluations", 0);
		});

		assertThat(readAll(file)).containsExactly(new RawRow("Evaluations", 2, Map.of("agent", "A-001")));
	}

	@Test
	void aRestartedReaderResumesAfterTheRowsAlreadyRead() throws Exception {
		Path file = workbook("restart.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent");
			row(sheet, 1, "A-001");
			row(sheet, 2, "A-002");
			row(sheet, 4, "A-003");
			row(sheet, 5, "A-004");
		});
		ExecutionContext context = new ExecutionContext();
		XlsxRowReader first = opened(file, context);
		first.read();
		first.read();
		first.update(context);
		first.close();

		XlsxRowReader restarted = opened(file, context);

		assertThat(restarted.read()).isEqualTo(new RawRow("Evaluations", 5, Map.of("agent", "A-003")));
		restarted.update(context);
		assertThat(context.getInt(XlsxRowReader.ROWS_READ_KEY)).isEqualTo(3);
	}

	@Test
	void randomBytesAreRejectedNamingTheFile() throws IOException {
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);

		assertNotAWorkbook(Files.write(dir.resolve("noise.xlsx"), noise));
	}

	@Test
	void aCsvRenamedToXlsxIsRejectedNamingTheFile() throws IOException {
		Path csv = Files.writeString(dir.resolve("evaluations.xlsx"), "agent,score\nA-001,8\n");

		assertThatThrownBy(() -> opened(csv)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("evaluations.xlsx is not an Excel workbook (.xlsx)")
			.hasMessageContaining("CSV");
	}

	@Test
	void anEmptyFileIsRejectedNamingTheFile() throws IOException {
		Path empty = Files.createFile(dir.resolve("empty.xlsx"));

		assertThatThrownBy(() -> opened(empty)).isInstanceOf(InputFileException.class)
			.hasMessage(empty + " is not an Excel workbook (.xlsx): the file is empty");
	}

	@Test
	void anOldXlsWorkbookReadAsXlsxIsRefusedButTheReaderForItsContentReadsIt() throws Exception {
		Path xls = dir.resolve("old.xlsx");
		try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
			Sheet sheet = wb.createSheet("Evaluations");
			sheet.createRow(0).createCell(0).setCellValue("agent");
			sheet.createRow(1).createCell(0).setCellValue("A-001");
			wb.write(out);
		}

		assertThatThrownBy(() -> opened(xls)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("old.xlsx is not an Excel workbook (.xlsx)")
			.hasMessageContaining("Excel 97-2003 workbook");
		WorkbookRowReader byContent = WorkbookRowReader.forFile(xls, "evaluations/old.xlsx");
		byContent.open(new ExecutionContext());
		assertThat(byContent).isInstanceOf(XlsRowReader.class);
		assertThat(byContent.read().cell("agent")).isEqualTo("A-001");
		byContent.close();
	}

	@Test
	void aSheetWithoutAHeaderRowIsRejected() {
		Path file = workbook("headless.xlsx", wb -> row(wb.createSheet("Evaluations"), 2, "A-001", 8));

		assertThatThrownBy(() -> opened(file)).isInstanceOf(InputFileException.class)
			.hasMessage(file + " has no header row in sheet 'Evaluations': row 1 must name the columns");
	}

	@Test
	void aColumnNamedTwiceIsRejectedNamingBothColumns() {
		Path file = workbook("twice.xlsx", wb -> row(wb.createSheet("Evaluations"), 0, "agent", "score", "Score"));

		assertThatThrownBy(() -> opened(file)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("column 'score' appears twice")
			.hasMessageContaining("columns B and C");
	}

	@Test
	void aDamagedSheetIsReportedAsAnInputErrorAfterTheRowsThatCouldBeRead() throws Exception {
		Path good = streamedWorkbook("good.xlsx", 5_000);
		Path damaged = dir.resolve("damaged.xlsx");
		rewriteFirstSheet(good, damaged, sheet -> Arrays.copyOf(sheet, sheet.length / 2));
		XlsxRowReader reader = opened(damaged);

		assertThatThrownBy(() -> {
			while (reader.read() != null) {
				// read up to the damage
			}
		}).isInstanceOf(InputFileException.class)
			.hasMessageContaining("damaged.xlsx, sheet 'Evaluations', after row ")
			.hasMessageContaining("it is damaged");
	}

	@Test
	void aZipBombInAPartPoiReadsWholeIsStillRefusedByPoisGuard() throws Exception {
		Path good = workbook("small.xlsx", wb -> row(wb.createSheet("Evaluations"), 0, "agent"));
		Path bomb = dir.resolve("bomb.xlsx");
		rewrite(good, bomb, "xl/styles.xml", styles -> {
			String xml = new String(styles, StandardCharsets.UTF_8);
			int fonts = xml.indexOf("<fonts");
			return (xml.substring(0, fonts) + " ".repeat(20_000_000) + xml.substring(fonts)).getBytes(StandardCharsets.UTF_8);
		});

		assertThatThrownBy(() -> opened(bomb)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("bomb.xlsx is not an Excel workbook")
			.hasMessageContaining("zip bomb");
	}

	@Test
	void aPartPoiReadsWholeThatUnpacksPastItsLimitIsTooLargeToRead() throws Exception {
		Path good = workbook("small.xlsx", wb -> row(wb.createSheet("Evaluations"), 0, "agent"));
		Path large = dir.resolve("large-styles.xlsx");
		rewrite(good, large, "xl/styles.xml", styles -> {
			String xml = new String(styles, StandardCharsets.UTF_8);
			int fonts = xml.indexOf("<fonts");
			return (xml.substring(0, fonts) + " ".repeat(40 << 20) + xml.substring(fonts)).getBytes(StandardCharsets.UTF_8);
		});

		assertThatThrownBy(() -> opened(large)).isInstanceOf(InputFileException.class)
			.hasMessage(large + ": too large to read (its part xl/styles.xml unpacks to more than 32 MB); "
					+ "split it into smaller workbooks");
	}

	@Test
	void longRepeatedCommentsAreReadAndNotTakenForAZipBomb() throws Exception {
		Path file = workbook("long-comments.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent", "comment");
			row(sheet, 1, "A-001", "1" + "好".repeat(32_766));
			row(sheet, 2, "A-002", "2" + "好".repeat(32_766));
			row(sheet, 3, "A-003", "短");
		});

		List<RawRow> rows = readAll(file);

		assertThat(rows).extracting(row -> row.cell("comment").length()).containsExactly(32_767, 32_767, 1);
	}

	@Test
	void aCommentLongerThanExcelAllowsIsReadWholeForTheRowToBeRejected() throws Exception {
		Path good = workbook("comment.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent", "comment");
			row(sheet, 1, "A-001", "placeholder");
		});
		Path longer = dir.resolve("forty-thousand.xlsx");
		rewrite(good, longer, "xl/sharedStrings.xml", strings -> new String(strings, StandardCharsets.UTF_8)
			.replace(">placeholder<", ">" + "好".repeat(40_000) + "<")
			.getBytes(StandardCharsets.UTF_8));

		assertThat(readAll(longer).get(0).cell("comment")).hasSize(40_000);
	}

	@Test
	void aCellLongerThanAnyExcelCellIsCutAtTheReadLimitNotHeldWhole() throws Exception {
		Path good = workbook("inline.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent", "comment");
			row(sheet, 1, "A-001", "placeholder");
		});
		Path huge = dir.resolve("huge-cell.xlsx");
		rewrite(good, huge, "xl/worksheets/sheet1.xml", sheet -> new String(sheet, StandardCharsets.UTF_8)
			.replaceFirst("<c r=\"B2\"[^>]*>.*?</c>",
					"<c r=\"B2\" t=\"inlineStr\"><is><t>" + "x".repeat(500_000) + "</t></is></c>")
			.getBytes(StandardCharsets.UTF_8));

		assertThat(readAll(huge).get(0).rawCell("comment")).hasSize(RawRow.MAX_CELL_READ);
	}

	@Test
	void aFormulaWithoutACachedValueIsToldApartFromABlankCell() throws Exception {
		Path file = workbook("uncached.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent", "greeting", "closing");
			row(sheet, 1, "A-001");
			sheet.getRow(1).createCell(1).setCellFormula("SUM(5,4)");
		});

		RawRow row = readAll(file).get(0);

		assertThat(row.cell("greeting")).isEqualTo("=SUM(5,4)");
		assertThat(row.unreadable()).containsOnlyKeys("greeting");
		assertThat(row.unreadable().get("greeting")).startsWith("formula without a cached value");
		assertThat(row.cell("closing")).isEmpty();
	}

	@Test
	void sharedStringsPastTheirLimitAreTooLargeToRead() throws Exception {
		Path file = workbook("many-strings.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent", "comment");
			String text = "质".repeat(30_000);
			for (int i = 1; i <= 300; i++) {
				row(sheet, i, "A-" + i, i + text);
			}
		});

		assertThatThrownBy(() -> opened(file)).isInstanceOf(InputFileException.class)
			.hasMessage(file + ": too large to read (its shared strings hold more than 8388608 characters); "
					+ "split it into smaller workbooks");
	}

	@Test
	void rowsBeyondExcelsLastRowAndCellsBeyondItsLastColumnAreTooLargeToRead() throws Exception {
		Path good = workbook("small.xlsx", wb -> {
			Sheet sheet = wb.createSheet("Evaluations");
			row(sheet, 0, "agent");
			row(sheet, 1, "A-001");
		});
		Path tall = dir.resolve("tall.xlsx");
		rewrite(good, tall, "xl/worksheets/sheet1.xml", sheet -> new String(sheet, StandardCharsets.UTF_8)
			.replace("<row r=\"2\"", "<row r=\"1048577\"").replace("r=\"A2\"", "r=\"A1048577\"")
			.getBytes(StandardCharsets.UTF_8));
		Path wide = dir.resolve("wide.xlsx");
		rewrite(good, wide, "xl/worksheets/sheet1.xml", sheet -> new String(sheet, StandardCharsets.UTF_8)
			.replace("r=\"A2\"", "r=\"XFE2\"").getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> readAll(tall)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("tall.xlsx, sheet 'Evaluations': too large to read (it has rows beyond row 1048576");
		assertThatThrownBy(() -> readAll(wide)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("too large to read (cell XFE2 lies beyond column XFD");
	}

	@Test
	void aHeaderLackingColumnsNamesTheSheetAndTheWorkbooksOtherSheets() {
		Path file = workbook("wrong-first.xlsx", wb -> {
			row(wb.createSheet("说明 Notes"), 0, "how to fill in");
			row(wb.createSheet("Evaluations"), 0, "agent_id", "score");
		});
		HeaderCheckingReader reader = new HeaderCheckingReader(new XlsxRowReader(file, "evaluations/qa.xlsx"),
				List.of("agent_id", "score"), "evaluations/qa.xlsx");

		assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOf(InputFileException.class)
			.hasMessage("evaluations/qa.xlsx, first sheet '说明 Notes', lacks header column(s) agent_id, score; "
					+ "expected agent_id, score (only the first sheet is read; the workbook's sheets are '说明 Notes', "
					+ "'Evaluations': put the evaluations sheet first)");
	}

	@Test
	void closingAfterOneRowOfALargeWorkbookStopsTheParsingThread() throws Exception {
		Path file = streamedWorkbook("large.xlsx", 50_000);
		XlsxRowReader reader = opened(file);
		assertThat(reader.read().row()).isEqualTo(2);
		assertThat(parserThreadsFor(file)).isNotEmpty();

		assertTimeout(Duration.ofSeconds(10), reader::close);

		assertThat(parserThreadsFor(file)).isEmpty();
	}

	@Test
	void aWorkbookOfTwoHundredThousandRowsIsStreamedToTheEnd() throws Exception {
		Path file = streamedWorkbook("huge.xlsx", 200_000);
		XlsxRowReader reader = opened(file);

		int count = 0;
		RawRow last = null;
		for (RawRow row = reader.read(); row != null; row = reader.read()) {
			count++;
			last = row;
		}

		assertThat(count).isEqualTo(200_000);
		assertThat(last.row()).isEqualTo(200_001);
		assertThat(last.cell("evaluated on")).isEqualTo("2026-11-25");
	}

	private void assertNotAWorkbook(Path file) {
		assertThatThrownBy(() -> opened(file)).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith(file + " is not an Excel workbook (.xlsx): ")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	private XlsxRowReader opened(Path file) {
		return opened(file, new ExecutionContext());
	}

	private XlsxRowReader opened(Path file, ExecutionContext context) {
		XlsxRowReader reader = new XlsxRowReader(file);
		readers.add(reader);
		reader.open(context);
		return reader;
	}

	private List<RawRow> readAll(Path file) throws Exception {
		XlsxRowReader reader = opened(file);
		List<RawRow> rows = new ArrayList<>();
		for (RawRow row = reader.read(); row != null; row = reader.read()) {
			rows.add(row);
		}
		return rows;
	}

	private Path workbook(String name, Consumer<XSSFWorkbook> content) {
		Path file = dir.resolve(name);
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			content.accept(wb);
			wb.write(out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return file;
	}

	/** Written row by row with a shared-strings table, as Excel itself writes workbooks. */
	private Path streamedWorkbook(String name, int dataRows) throws IOException {
		Path file = dir.resolve(name);
		try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = wb.createSheet("Evaluations");
			CellStyle date = style(wb, "yyyy-mm-dd");
			row(sheet, 0, "agent", "name", "score", "evaluated on", "remark");
			for (int i = 1; i <= dataRows; i++) {
				row(sheet, i, "A-" + (i % 400), "坐席" + (i % 400), i % 11, null, "remark " + i);
				Cell evaluatedOn = sheet.getRow(i).createCell(3);
				evaluatedOn.setCellValue(LocalDate.of(2026, 11, 1 + i % 28));
				evaluatedOn.setCellStyle(date);
			}
			wb.write(out);
		}
		return file;
	}

	private static void rewriteFirstSheet(Path source, Path target, UnaryOperator<byte[]> change) throws IOException {
		rewrite(source, target, "xl/worksheets/sheet1.xml", change);
	}

	static void rewrite(Path source, Path target, String part, UnaryOperator<byte[]> change) throws IOException {
		Workbooks.rewrite(source, target, part, change);
	}

	private static List<Thread> parserThreadsFor(Path file) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(thread -> thread.getName().equals("xlsx-reader " + file.getFileName()) && thread.isAlive())
			.toList();
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int column = 0; column < values.length; column++) {
			Object value = values[column];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(column);
			if (value instanceof String text) {
				cell.setCellValue(text);
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof Boolean flag) {
				cell.setCellValue(flag);
			}
		}
	}

	private static void dateCell(Workbook wb, Row row, int column, String format) {
		Cell cell = row.createCell(column);
		cell.setCellValue(LocalDate.of(2026, 11, 3));
		cell.setCellStyle(style(wb, format));
	}

	private static CellStyle style(Workbook wb, String format) {
		CellStyle style = wb.createCellStyle();
		style.setDataFormat(wb.createDataFormat().getFormat(format));
		return style;
	}

}
