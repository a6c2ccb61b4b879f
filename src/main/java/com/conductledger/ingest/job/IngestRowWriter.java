package com.conductledger.ingest.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.conductledger.ingest.ParsedRow;
import com.conductledger.progress.ProgressBoard;

/** Writes a chunk's accepted rows as facts and its rejected rows as problems, in the chunk's transaction. */
class IngestRowWriter implements ItemWriter<ParsedRow> {

	private final ParsedRowsStore store;

	private final ProgressBoard progress;

	IngestRowWriter(ParsedRowsStore store, ProgressBoard progress) {
		this.store = store;
		this.progress = progress;
	}

	@Override
	public void write(Chunk<? extends ParsedRow> chunk) {
		store.store(chunk.getItems());
		progress.current().advance(chunk.size());
	}

}
