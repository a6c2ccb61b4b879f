package com.conductledger.reporting.pdf;

import java.util.Iterator;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Rows for a template, read field by field from objects already in memory: no copy into maps or
 * beans, so a table of thousands of scorecards costs no more than the scorecards themselves.
 */
final class RowSource<T> implements JRDataSource {

	/** Reads one template field of a row; an unknown field name is a template bug. */
	@FunctionalInterface
	interface FieldReader<T> {

		Object read(T row, String field);

	}

	private final Iterator<? extends T> rows;

	private final FieldReader<? super T> reader;

	private T current;

	RowSource(Iterable<? extends T> rows, FieldReader<? super T> reader) {
		this.rows = rows.iterator();
		this.reader = reader;
	}

	@Override
	public boolean next() {
		if (!rows.hasNext()) {
			return false;
		}
		current = rows.next();
		return true;
	}

	@Override
	public Object getFieldValue(JRField field) {
		return reader.read(current, field.getName());
	}

}
