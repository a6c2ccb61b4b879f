package com.conductledger.ingest.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes on at most so many bytes; one more, and it stops with {@link WorkbookLimits.TooLargeException}. */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private final String what;

	private long count;

	/** @param what what the bytes are, for the message ("the sheet", "the shared strings") */
	LimitedInputStream(InputStream in, long limit, String what) {
		super(in);
		this.limit = limit;
		this.what = what;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			add(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			add(read);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		add(skipped);
		return skipped;
	}

	private void add(long bytes) {
		count += bytes;
		if (count > limit) {
			throw new WorkbookLimits.TooLargeException(what + " unpacks to more than " + (limit >> 20) + " MB");
		}
	}

}
