package com.conductledger.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes RFC 4180 CSV, UTF-8 without BOM, "\n" line ends, so that the same rows give the same
 * bytes. Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * CR) get a leading apostrophe; numbers are written with {@link #number} and are never escaped.
 */
public final class CsvWriter implements Closeable {

	private final Writer out;

	private final Path target;

	private final Path partial;

	private boolean complete;

	private boolean lineStarted;

	public CsvWriter(Path file) {
		this(file, null);
	}

	private CsvWriter(Path file, Path partial) {
		this.target = partial == null ? null : file;
		this.partial = partial;
		Path written = partial == null ? file : partial;
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			this.out = new OutputStreamWriter(Files.newOutputStream(written), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Writes to the stream (closed with this writer), e.g. a download being answered. */
	public CsvWriter(OutputStream stream) {
		this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		this.target = null;
		this.partial = null;
	}

	/**
	 * A writer whose file appears under its name only when {@link #complete()} was called before
	 * {@link #close()} ({@link AtomicFile}); closed without it (an exception on the way), the file
	 * before is left as it was.
	 */
	public static CsvWriter whole(Path file) {
		return new CsvWriter(file, AtomicFile.partial(file));
	}

	/** Says every row is written: the file moves into place on {@link #close()}. */
	public void complete() {
		this.complete = true;
	}

	public CsvWriter text(String value) {
		return cell(quote(escapeFormula(value == null ? "" : value)));
	}

	public CsvWriter number(Object value) {
		return cell(value == null ? "" : value.toString());
	}

	public CsvWriter row(String... texts) {
		for (String text : texts) {
			text(text);
		}
		return endRow();
	}

	public CsvWriter endRow() {
		write("\n");
		lineStarted = false;
		return this;
	}

	@Override
	public void close() {
		try {
			out.close();
			if (partial != null && complete) {
				AtomicFile.moveIntoPlace(partial, target);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + (target == null ? "the CSV" : target) + ": "
					+ ex.getMessage(), ex);
		}
		finally {
			if (partial != null) {
				AtomicFile.deleteQuietly(partial);
			}
		}
	}

	static String escapeFormula(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	/** RFC 4180: quoted only when the value holds a comma, a quote or a line break. */
	public static String quote(String value) {
		boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	private CsvWriter cell(String encoded) {
		if (lineStarted) {
			write(",");
		}
		write(encoded);
		lineStarted = true;
		return this;
	}

	private void write(String text) {
		try {
			out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
