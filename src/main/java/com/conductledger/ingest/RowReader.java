package com.conductledger.ingest;

import java.util.List;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** A streaming reader of one input file's data rows that knows the file's header once opened. */
public interface RowReader extends ItemStreamReader<RawRow> {

	/** The header's column names, lower-case and trimmed, in file order; valid after open. */
	List<String> header();

	/** Where the header was read, for messages about it (a workbook names its sheet); null for a CSV. */
	default String headerLocation() {
		return null;
	}

	/** What to tell a user whose header lacks columns (a workbook lists its sheets); null for nothing. */
	default String headerHint() {
		return null;
	}

}
