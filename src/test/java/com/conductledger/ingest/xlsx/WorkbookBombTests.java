package com.conductledger.ingest.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A zip bomb tuned to pass POI's compression-ratio guard (it unpacks only about three times its
 * size) is refused as too large to read, in a JVM whose heap is smaller than what the bomb unpacks
 * to: the limits bound the memory, not the ratio.
 */
class WorkbookBombTests {

	private static final int STRINGS = 2_000;

	private static final int CHARACTERS = 20_000;

	@TempDir
	Path dir;

	@Test
	void sharedStringsThatUnpackToMoreThanTheHeapAreRefusedWithBoundedMemory() throws Exception {
		Path bomb = sharedStringsBomb();
		long unpacked = unpackedSize(bomb, "xl/sharedStrings.xml");
		assertThat(unpacked).as("the bomb unpacks to more than the child's heap").isGreaterThan(64L << 20);
		assertThat((double) Files.size(bomb) / unpacked).as("its ratio passes POI's guard (0.01)").isGreaterThan(0.05);

		String answer = readInAJvmOf("-Xmx48m", bomb);

		assertThat(answer).isEqualTo("REFUSED evaluations/bomb.xlsx: too large to read (its shared strings hold more "
				+ "than 8388608 characters); split it into smaller workbooks");
	}

	/** A real workbook whose shared strings are replaced by 40 million characters of random CJK text. */
	private Path sharedStringsBomb() throws IOException {
		Path small = dir.resolve("small.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(small)) {
			workbook.createSheet("Evaluations").createRow(0).createCell(0).setCellValue("evaluation_id");
			workbook.write(out);
		}
		Path bomb = dir.resolve("bomb.xlsx");
		SplittableRandom random = new SplittableRandom(8);
		try (ZipFile zip = new ZipFile(small.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/sharedStrings.xml")) {
					Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
					xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
							+ "spreadsheetml/2006/main\" count=\"" + STRINGS + "\" uniqueCount=\"" + STRINGS + "\">");
					char[] text = new char[CHARACTERS];
					for (int i = 0; i < STRINGS; i++) {
						for (int c = 0; c < CHARACTERS; c++) {
							text[c] = (char) (0x4E00 + random.nextInt(4096));
						}
						xml.write("<si><t>");
						xml.write(text);
						xml.write("</t></si>");
					}
					xml.write("</sst>");
					xml.flush();
				}
				else {
					zip.getInputStream(entry).transferTo(out);
				}
				out.closeEntry();
			}
		}
		return bomb;
	}

	private static long unpackedSize(Path file, String part) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.getInputStream(zip.getEntry(part)).transferTo(OutputStream.nullOutputStream());
		}
	}

	private String readInAJvmOf(String heap, Path file) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				heap, "-cp", System.getProperty("java.class.path"), WorkbookReadProbe.class.getName(), file.toString()));
		Path output = dir.resolve("probe.txt");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("the probe did not finish in 3 minutes");
		}
		List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
		return lines.stream().filter(line -> line.startsWith("READ") || line.startsWith("REFUSED")
				|| line.startsWith("OUT OF MEMORY")).findFirst().orElse(String.join("\n", lines));
	}

}
