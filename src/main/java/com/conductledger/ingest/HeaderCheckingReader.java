package com.conductledger.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Refuses a file whose header lacks a required column or names one twice (formats.md: a header
 * with exactly these names, in any order, case-insensitive). Extra columns are ignored, so a
 * producer may add columns at the end.
 */
public class HeaderCheckingReader implements ItemStreamReader<RawRow> {

	private final RowReader delegate;

	private final List<String> required;

	private final String displayName;

	public HeaderCheckingReader(RowReader delegate, List<String> required, String displayName) {
		this.delegate = delegate;
		this.required = required;
		this.displayName = displayName;
	}

	@Override
	public void open(ExecutionContext context) {
		delegate.open(context);
		List<String> header = delegate.header();
		Set<String> seen = new HashSet<>();
		for (String column : header) {
			if (!column.isEmpty() && !seen.add(column)) {
				fail("names column '" + column + "' twice in its header");
			}
		}
		List<String> missing = required.stream().filter(column -> !seen.contains(column)).toList();
		if (!missing.isEmpty()) {
			fail("lacks header column(s) " + String.join(", ", missing) + "; expected " + String.join(", ", required));
		}
	}

	private void fail(String problem) {
		String location = delegate.headerLocation();
		String hint = delegate.headerHint();
		delegate.close();
		throw new InputFileException(displayName + (location == null ? " " : ", " + location + ", ") + problem
				+ (hint == null ? "" : " (" + hint + ")"));
	}

	@Override
	public RawRow read() throws Exception {
		return delegate.read();
	}

	@Override
	public void update(ExecutionContext context) {
		delegate.update(context);
	}

	@Override
	public void close() {
		delegate.close();
	}

}
