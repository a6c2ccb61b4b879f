package com.conductledger.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Real workbooks changed as a broken transfer or another program leaves them. */
public final class Workbooks {

	private Workbooks() {
	}

	/** A copy of the workbook whose first sheet's XML ends halfway, as a file cut short does. */
	public static Path truncateFirstSheet(Path source, Path target) throws IOException {
		return rewrite(source, target, "xl/worksheets/sheet1.xml", sheet -> Arrays.copyOf(sheet, sheet.length / 2));
	}

	/** A copy of the workbook (a zip) with one part's bytes changed, as a program other than Excel may write it. */
	public static Path rewrite(Path source, Path target, String part, UnaryOperator<byte[]> change) throws IOException {
		try (ZipFile zip = new ZipFile(source.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				byte[] content = zip.getInputStream(entry).readAllBytes();
				if (entry.getName().equals(part)) {
					content = change.apply(content);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		return target;
	}

}
