package com.conductledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.conductledger.ingest.InputKind;

/**
 * The shipped {@code sample-data/}: three months of one centre, the last (2026-11) under the plain
 * names of formats.md, the two before it dated. Most tests need only the last month, which
 * {@link #november()} gives in a folder of its own (a third of the rows to ingest).
 */
public final class SampleData {

	/** All three months, as the README's first command runs them. */
	public static final Path FOLDER = Path.of("sample-data");

	private static final Path NOVEMBER = Path.of("target/sample-data-2026-11");

	private SampleData() {
	}

	/** The sample's 2026-11 files alone: the plain-named CSVs and the 2026-11 workbooks. */
	public static synchronized Path november() {
		if (Files.isDirectory(NOVEMBER.resolve("evaluations"))) {
			return NOVEMBER;
		}
		try (Stream<Path> files = Files.walk(FOLDER)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path relative = FOLDER.relativize(file);
				String name = relative.getFileName().toString();
				boolean plain = relative.getParent() == null
						&& InputKind.of(relative).map(kind -> kind.isPlainName(name)).orElse(false);
				boolean novemberWorkbook = relative.getParent() != null && name.startsWith("qa-2026-11-");
				if (plain || novemberWorkbook) {
					Files.createDirectories(NOVEMBER.resolve(relative).getParent());
					Files.copy(file, NOVEMBER.resolve(relative));
				}
			}
			return NOVEMBER;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
