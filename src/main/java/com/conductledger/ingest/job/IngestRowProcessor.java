package com.conductledger.ingest.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import com.conductledger.ingest.ParsedRow;
import com.conductledger.ingest.Problem;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.parse.RowParser;

/** Validates each row through its kind's parser and rejects an id already given earlier in the same file. */
class IngestRowProcessor implements ItemProcessor<RawRow, ParsedRow> {

	private final RowParser parser;

	private final SeenKeys seen;

	IngestRowProcessor(RowParser parser, SeenKeys seen) {
		this.parser = parser;
		this.seen = seen;
	}

	/** The keys already taken from the file: on a restart or a retry, what its earlier rows gave. */
	static SeenKeys seenKeysOf(JdbcTemplate jdbc, long sourceFileId) {
		SeenKeys seen = new SeenKeys();
		jdbc.query("select fact_key, source_row from fact_revision where source_file_id = ? order by id", rs -> {
			seen.firstRowOf(rs.getString(1), rs.getInt(2));
		}, sourceFileId);
		return seen;
	}

	@Override
	public ParsedRow process(RawRow row) {
		if (row.isBlank()) {
			return null;
		}
		ParsedRow parsed = parser.parse(row);
		if (parsed instanceof ParsedRow.Accepted accepted) {
			int firstRow = seen.firstRowOf(accepted.factKey(), row.row());
			if (firstRow != 0) {
				String column = String.join("+", accepted.keyValues().keySet());
				return new ParsedRow.Rejected(row, List.of(new Problem(column, accepted.factKey(),
						"duplicate id: already given in row " + firstRow + " of this file")));
			}
		}
		return parsed;
	}

}
