package com.conductledger.ingest.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.conductledger.ingest.RawRow;
import com.conductledger.support.EvaluationWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks saved by LibreOffice itself, as a QA team without Excel sends them: an evaluation
 * workbook written with POI is converted by {@code soffice --headless --convert-to} into Excel
 * 97-2003 (.xls) and into LibreOffice's own .xlsx, and each reads to exactly the rows of the
 * original. Skipped where LibreOffice is not installed; {@code .ci/run} installs it and fails when
 * these tests were skipped.
 */
class LegacyWorkbookLibreOfficeTests {

	private static final Path SOFFICE = Path.of("/usr/bin/soffice");

	@TempDir
	static Path dir;

	static Path original;

	@BeforeAll
	static void aWorkbookAsQaStaffFillItIn() throws IOException {
		original = EvaluationWorkbook.withDateCells()
			.row("L-1", LocalDate.of(2026, 11, 2), "A001", "CALL-1", "Q01", 9, 18, 28, 17, 10, 10, "", "开场白规范，语速稍快")
			.row("L-2", LocalDate.of(2026, 11, 3), "A002", "CALL-2", "Q01", 8, 15.5, 25, 12, 8, 8, "C08;C14", "语气生硬")
			.row("L-3", "2026/11/5", "A003", "", "Q02", null, null, null, null, null, null, "C07", "巡场发现")
			.writeTo(dir.resolve("qa.xlsx"));
	}

	@Test
	void anXlsSavedByLibreOfficeReadsToTheRowsOfTheOriginal() throws Exception {
		Path xls = convert("xls", dir.resolve("as-xls"));

		WorkbookRowReader reader = WorkbookRowReader.forFile(xls, "evaluations/qa.xls");

		assertThat(reader).isInstanceOf(XlsRowReader.class);
		assertThat(rows(reader)).isEqualTo(rows(new XlsxRowReader(original))).hasSize(3);
	}

	@Test
	void anXlsxSavedByLibreOfficeReadsToTheRowsOfTheOriginal() throws Exception {
		Path xlsx = convert("xlsx", dir.resolve("as-xlsx"));

		assertThat(rows(WorkbookRowReader.forFile(xlsx, "evaluations/qa.xlsx"))).isEqualTo(rows(new XlsxRowReader(original)));
	}

	private static Path convert(String format, Path outDir) throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice (soffice) is not installed");
		Path profile = dir.resolve("lo-profile-" + format);
		Process soffice = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", format, "--outdir", outDir.toString(), original.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("soffice-" + format + ".log").toFile())
			.start();
		if (!soffice.waitFor(3, TimeUnit.MINUTES)) {
			soffice.destroyForcibly();
			throw new AssertionError("soffice did not finish in 3 minutes");
		}
		Path converted = outDir.resolve("qa." + format);
		assertThat(converted).as(Files.readString(dir.resolve("soffice-" + format + ".log"))).exists();
		return converted;
	}

	/** The rows' numbers and non-blank cells (LibreOffice drops a cell holding an empty text, which is blank all the same). */
	private static List<String> rows(WorkbookRowReader reader) throws Exception {
		List<String> rows = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				Map<String, String> cells = new TreeMap<>(row.cells());
				cells.values().removeIf(String::isBlank);
				rows.add(row.row() + " " + cells);
			}
		}
		finally {
			reader.close();
		}
		return rows;
	}

}
