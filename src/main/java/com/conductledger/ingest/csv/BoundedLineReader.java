package com.conductledger.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A {@link BufferedReader} whose lines have a most length: a file with a line longer than that is
 * not a CSV file of formats.md, and reading it on would hold all of it in memory.
 */
final class BoundedLineReader extends BufferedReader {

	/** A line longer than the most allowed: the file is refused, not read into memory. */
	static final class LineTooLongException extends IOException {

		LineTooLongException(int maximum) {
			super("a line is longer than " + maximum + " characters");
		}

	}

	private final Reader in;

	private final int maximum;

	private final char[] buffer = new char[8192];

	private int position;

	private int limit;

	private boolean skipLineFeed;

	BoundedLineReader(Reader in, int maximum) {
		super(in, 1);
		this.in = in;
		this.maximum = maximum;
	}

	/** The next line without its LF, CR or CRLF ending, or null at the end of the file. */
	@Override
	public String readLine() throws IOException {
		StringBuilder line = null;
		while (true) {
			if (position == limit && !fill()) {
				return line == null ? null : line.toString();
			}
			if (skipLineFeed) {
				skipLineFeed = false;
				if (buffer[position] == '\n') {
					position++;
					continue;
				}
			}
			if (line == null) {
				line = new StringBuilder();
			}
			int start = position;
			while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
				position++;
			}
			line.append(buffer, start, position - start);
			if (line.length() > maximum) {
				throw new LineTooLongException(maximum);
			}
			if (position < limit) {
				skipLineFeed = buffer[position] == '\r';
				position++;
				return line.toString();
			}
		}
	}

	@Override
	public int read() throws IOException {
		throw new UnsupportedOperationException("read lines with readLine()");
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	private boolean fill() throws IOException {
		int read = in.read(buffer, 0, buffer.length);
		if (read <= 0) {
			return false;
		}
		position = 0;
		limit = read;
		return true;
	}

}
