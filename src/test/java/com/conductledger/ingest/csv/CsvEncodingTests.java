package com.conductledger.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.conductledger.ingest.InputFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The encodings of real files made by iconv ({@code src/test/resources/ingest/encodings/README.md}). */
class CsvEncodingTests {

	@TempDir
	Path folder;

	@Test
	void utf8IsUtf8WithOrWithoutItsByteOrderMark() throws IOException {
		assertThat(CsvEncoding.detect(write("a,b\n王芳,1\n"), "x.csv")).isEqualTo(StandardCharsets.UTF_8);
		assertThat(CsvEncoding.detect(write("\uFEFFa,b\n王芳,1\n"), "x.csv")).isEqualTo(StandardCharsets.UTF_8);
		assertThat(CsvEncoding.detect(write("a,b\n1,2\n"), "x.csv")).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void aFileExcelSavedOnChineseWindowsIsGb18030() throws IOException {
		assertThat(CsvEncoding.detect(fixture("agents-gbk.csv"), "agents.csv")).isEqualTo(CsvEncoding.GB18030);
		assertThat(CsvEncoding.detect(fixture("agents-gb18030.csv"), "agents.csv")).isEqualTo(CsvEncoding.GB18030);
		assertThat(CsvEncoding.label(CsvEncoding.GB18030)).isEqualTo("GB18030");
	}

	@Test
	void utf16IsRefusedSayingWhatItIs() throws IOException {
		assertThatThrownBy(() -> CsvEncoding.detect(fixture("agents-utf16.csv"), "agents.csv"))
			.isInstanceOf(InputFileException.class)
			.hasMessageStartingWith("agents.csv is UTF-16 or UTF-32 text")
			.hasMessageContaining("neither UTF-8 nor GB18030");
		assertThatThrownBy(() -> CsvEncoding.detect(fixture("agents-utf16le-nobom.csv"), "agents.csv"))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("NUL bytes in its header line, as UTF-16 text");
	}

	@Test
	void aFileThatIsNeitherIsRefusedNamingWhereEachDecodingFailed() throws IOException {
		assertThatThrownBy(() -> CsvEncoding.detect(fixture("agents-latin1.csv"), "agents.csv"))
			.isInstanceOf(InputFileException.class)
			.hasMessage("agents.csv is not UTF-8 text (byte 0xE9 cannot be read at line 2, byte 67) nor GB18030/GBK "
					+ "text (byte 0xE9 cannot be read at line 2, byte 67): save it as \"CSV UTF-8\" and send it again");
	}

	@Test
	void aByteOrderMarkPromisesUtf8AndGb18030IsNotTriedAfterIt() throws IOException {
		byte[] gbk = Files.readAllBytes(fixture("agents-gbk.csv"));
		byte[] marked = new byte[gbk.length + 3];
		marked[0] = (byte) 0xEF;
		marked[1] = (byte) 0xBB;
		marked[2] = (byte) 0xBF;
		System.arraycopy(gbk, 0, marked, 3, gbk.length);
		Path file = Files.write(folder.resolve("marked.csv"), marked);

		assertThatThrownBy(() -> CsvEncoding.detect(file, "agents.csv")).isInstanceOf(InputFileException.class)
			.hasMessageContaining("although it starts with a UTF-8 byte-order mark");
	}

	@Test
	void aCharacterCutAcrossTheBufferIsStillRead() throws IOException {
		String text = "a,b\n" + "A001,王芳\n".repeat(20_000);

		assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(3 * 64 * 1024);
		assertThat(CsvEncoding.detect(write(text), "x.csv")).isEqualTo(StandardCharsets.UTF_8);
		assertThat(CsvEncoding.detect(write("a,b\n" + "A01,王\n".repeat(30_000)), "x.csv")).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void aFileEndingInsideAUtf8CharacterIsNotUtf8() throws IOException {
		byte[] cut = "a,b\n王".getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(folder.resolve("cut.csv"), java.util.Arrays.copyOf(cut, cut.length - 1));

		assertThat(CsvEncoding.detect(file, "x.csv")).isNotEqualTo(StandardCharsets.UTF_8);
	}

	private Path write(String text) throws IOException {
		return Files.writeString(folder.resolve("x.csv"), text, StandardCharsets.UTF_8);
	}

	static Path fixture(Path folder, String name) throws IOException {
		Path target = folder.resolve(name);
		try (InputStream in = CsvEncodingTests.class.getResourceAsStream("/ingest/encodings/" + name)) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return target;
	}

	private Path fixture(String name) throws IOException {
		return fixture(folder, name);
	}

}
