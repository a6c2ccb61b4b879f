package com.conductledger.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Before POI opens a workbook: every XML part that POI reads whole (content types, relationships,
 * workbook, styles, theme) is unpacked here once, counting, and a part past
 * {@link WorkbookLimits#MAX_PART_BYTES} refuses the workbook as too large. Only the bytes are
 * counted, never kept. The sheet and the shared strings are streamed and counted as they are read.
 * A file that is no zip is left to POI, which says what it is.
 */
final class PackageSizeCheck {

	private PackageSizeCheck() {
	}

	static void check(Path file) {
		ZipFile zip;
		try {
			zip = ZipFile.builder().setPath(file).get();
		}
		catch (IOException | RuntimeException ex) {
			return;
		}
		try (zip) {
			long total = 0;
			byte[] buffer = new byte[64 * 1024];
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (!isReadWhole(entry.getName())) {
					continue;
				}
				if (entry.getSize() > WorkbookLimits.MAX_PART_BYTES) {
					throw tooLarge(entry.getName());
				}
				long size = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
						size += read;
						if (size > WorkbookLimits.MAX_PART_BYTES) {
							throw tooLarge(entry.getName());
						}
					}
				}
				catch (IOException | RuntimeException ex) {
					if (ex instanceof WorkbookLimits.TooLargeException tooLarge) {
						throw tooLarge;
					}
					// a damaged entry: POI reports it when it reads the part
				}
				total += size;
				if (total > WorkbookLimits.MAX_PARTS_BYTES) {
					throw new WorkbookLimits.TooLargeException("its XML parts besides the sheets unpack to more than "
							+ (WorkbookLimits.MAX_PARTS_BYTES >> 20) + " MB");
				}
			}
		}
		catch (IOException ex) {
			// closing a read-only zip: nothing to do
		}
	}

	/** The XML parts POI parses into memory: relationships, and every XML part but the worksheets and the shared strings (streamed here). */
	private static boolean isReadWhole(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".rels")) {
			return true;
		}
		return lower.endsWith(".xml") && !lower.startsWith("xl/worksheets/") && !lower.equals("xl/sharedstrings.xml");
	}

	private static WorkbookLimits.TooLargeException tooLarge(String part) {
		return new WorkbookLimits.TooLargeException(
				"its part " + part + " unpacks to more than " + (WorkbookLimits.MAX_PART_BYTES >> 20) + " MB");
	}

}
