package com.conductledger.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@TempDir
	Path folder;

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() throws IOException {
		Path file = folder.resolve("out.csv");
		try (CsvWriter csv = new CsvWriter(file)) {
			csv.row("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "plain");
		}

		assertThat(Files.readString(file)).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx,plain\n");
	}

	@Test
	void numbersAreNeverEscapedNegativeIncluded() throws IOException {
		Path file = folder.resolve("out.csv");
		try (CsvWriter csv = new CsvWriter(file)) {
			csv.number(new java.math.BigDecimal("-20.00")).text("-20.00").endRow();
		}

		assertThat(Files.readString(file)).isEqualTo("-20.00,'-20.00\n");
	}

	@Test
	void commasQuotesAndNewlinesAreQuotedAndChineseIsUtf8WithoutBom() throws IOException {
		Path file = folder.resolve("out.csv");
		try (CsvWriter csv = new CsvWriter(file)) {
			csv.row("张伟, 小张", "say \"hi\"", "two\nlines");
		}

		byte[] bytes = Files.readAllBytes(file);
		assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\"张伟, 小张\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
	}

}
