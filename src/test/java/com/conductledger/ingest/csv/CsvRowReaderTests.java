package com.conductledger.ingest.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.conductledger.ingest.InputFileException;
import com.conductledger.ingest.RawRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowReaderTests {

	@TempDir
	Path folder;

	@Test
	void aBomIsDroppedAndHeaderNamesAreCaseInsensitive() throws Exception {
		List<RawRow> rows = read("\uFEFFDate,NAME\n2026-11-11,周年庆\n");

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.cell("date")).isEqualTo("2026-11-11");
			assertThat(row.cell("name")).isEqualTo("周年庆");
			assertThat(row.row()).isEqualTo(2);
		});
	}

	@Test
	void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
		List<RawRow> rows = read("date,name\n2026-11-11,\"a, \"\"b\"\"\nc\"\n2026-11-12,d\n");

		assertThat(rows).extracting(row -> row.cell("name")).containsExactly("a, \"b\"\nc", "d");
		assertThat(rows).extracting(RawRow::row).containsExactly(3, 4);
	}

	@Test
	void aLineWithTheWrongNumberOfFieldsComesOutMalformedAndReadingGoesOn() throws Exception {
		List<RawRow> rows = read("date,name\n2026-11-11,a,extra\n2026-11-12,b\n");

		assertThat(rows.get(0).structureProblem()).isEqualTo("expected 2 fields as in the header, found 3");
		assertThat(rows.get(1).cell("name")).isEqualTo("b");
	}

	@Test
	void restartingResumesAfterTheRowsAlreadyRead() throws Exception {
		Path file = write("date,name\n2026-11-11,a\n2026-11-12,b\n2026-11-13,c\n");
		ExecutionContext context = new ExecutionContext();
		CsvRowReader first = new CsvRowReader(file, "holidays.csv");
		first.open(context);
		first.read();
		first.update(context);
		first.close();

		CsvRowReader again = new CsvRowReader(file, "holidays.csv");
		again.open(context);

		assertThat(again.read().cell("name")).isEqualTo("b");
		again.close();
	}

	@Test
	void anEmptyFileIsRefusedWithItsName() throws IOException {
		Path file = write("");

		assertThatThrownBy(() -> new CsvRowReader(file, "roster.csv").open(new ExecutionContext()))
			.isInstanceOf(InputFileException.class)
			.hasMessage("roster.csv is empty: expected a header row");
	}

	@Test
	void aGb18030FileIsReadAsGb18030AndItsChineseTextIsIntact() throws Exception {
		Path file = CsvEncodingTests.fixture(folder, "agents-gb18030.csv");
		CsvRowReader reader = new CsvRowReader(file, "agents.csv");
		reader.open(new ExecutionContext());

		List<RawRow> rows = new ArrayList<>();
		for (RawRow row = reader.read(); row != null; row = reader.read()) {
			rows.add(row);
		}
		reader.close();

		assertThat(reader.charset()).isEqualTo(CsvEncoding.GB18030);
		assertThat(rows).extracting(row -> row.cell("name")).containsExactly("王芳", "李娜", "张伟, 小张", "𠀀𠀁", "刘洋",
				"陈静", "赵敏");
		assertThat(rows).extracting(RawRow::row).containsExactly(2, 3, 4, 5, 6, 7, 8);
	}

	@Test
	void aRecordLongerThanAnyRowRefusesTheFileInsteadOfFillingMemory() throws Exception {
		Path file = folder.resolve("holidays.csv");
		Files.writeString(file, "date,name\n2026-11-11,ok\n2026-11-12,\""
				+ ("x".repeat(CsvRowReader.MAX_RECORD / 10) + "\n").repeat(12) + "no closing quote\n");
		CsvRowReader reader = new CsvRowReader(file, "holidays.csv");
		reader.open(new ExecutionContext());
		reader.read();

		assertThatThrownBy(reader::read).isInstanceOf(InputFileException.class)
			.hasMessage("holidays.csv: the record after row 2 is longer than 1000000 characters (an unclosed quote?), "
					+ "too large to read; no row is that long");
		reader.close();
	}

	@Test
	void aSingleLineLongerThanAnyRowRefusesTheFile() throws Exception {
		Path file = folder.resolve("holidays.csv");
		Files.writeString(file, "date,name\n2026-11-12," + "x".repeat(CsvRowReader.MAX_RECORD + 1) + "\n");
		CsvRowReader reader = new CsvRowReader(file, "holidays.csv");
		reader.open(new ExecutionContext());

		assertThatThrownBy(reader::read).isInstanceOf(InputFileException.class).hasMessageContaining("too large to read");
		reader.close();
	}

	@Test
	void crLfAndCrLineEndsAreLineEnds() throws Exception {
		List<RawRow> rows = read("date,name\r\n2026-11-11,a\r\n2026-11-12,\"b\r\nc\"\r\n");

		assertThat(rows).extracting(row -> row.cell("name")).containsExactly("a", "b\nc");
	}

	private List<RawRow> read(String content) throws Exception {
		CsvRowReader reader = new CsvRowReader(write(content), "test.csv");
		reader.open(new ExecutionContext());
		List<RawRow> rows = new ArrayList<>();
		for (RawRow row = reader.read(); row != null; row = reader.read()) {
			rows.add(row);
		}
		reader.close();
		return rows;
	}

	private Path write(String content) throws IOException {
		Path file = folder.resolve("test.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

}
