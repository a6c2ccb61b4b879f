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
