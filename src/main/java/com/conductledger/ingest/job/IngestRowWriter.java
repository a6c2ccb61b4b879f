package com.conductledger.ingest.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.ParsedRow;
import com.conductledger.ingest.store.FactWriter;
import com.conductledger.ingest.store.RejectedRowStore;
import com.conductledger.progress.ProgressBoard;

/** Writes a chunk's accepted rows as facts and its rejected rows as problems, in the chunk's transaction. */
class IngestRowWriter implements ItemWriter<ParsedRow> {

	private final InputKind kind;

	private final long sourceFileId;

	private final FactWriter facts;

	private final RejectedRowStore rejections;

	private final ProgressBoard progress;

	IngestRowWriter(InputKind kind, long sourceFileId, FactWriter facts, RejectedRowStore rejections,
			ProgressBoard progress) {
		this.kind = kind;
		this.sourceFileId = sourceFileId;
		this.facts = facts;
		this.rejections = rejections;
		this.progress = progress;
	}

	@Override
	public void write(Chunk<? extends ParsedRow> chunk) {
		List<ParsedRow.Accepted> accepted = new ArrayList<>();
		List<ParsedRow.Rejected> rejected = new ArrayList<>();
		for (ParsedRow row : chunk) {
			if (row instanceof ParsedRow.Accepted taken) {
				accepted.add(taken);
			}
			else if (row instanceof ParsedRow.Rejected refused) {
				rejected.add(refused);
			}
		}
		facts.replace(kind, sourceFileId, accepted);
		rejections.save(sourceFileId, rejected);
		progress.current().advance(chunk.size());
	}

}
