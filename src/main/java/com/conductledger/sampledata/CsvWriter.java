package com.conductledger.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams one generated input file: UTF-8, header first, "\n" line ends, RFC 4180 quoting where needed. */
final class CsvWriter implements AutoCloseable {

	private final BufferedWriter out;

	private final int columns;

	private long rows;

	CsvWriter(Path file, String... header) {
		try {
			this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		this.columns = header.length;
		line(header);
	}

	void row(String... values) {
		if (values.length != columns) {
			throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
		}
		line(values);
		rows++;
	}

	long rows() {
		return rows;
	}

	private void line(String[] values) {
		try {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(com.conductledger.export.CsvWriter.quote(values[i] == null ? "" : values[i]));
			}
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
