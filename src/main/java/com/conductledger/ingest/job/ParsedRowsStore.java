package com.conductledger.ingest.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.ParsedRow;
import com.conductledger.ingest.Problem;
import com.conductledger.ingest.store.FactWriter;
import com.conductledger.ingest.store.KeyOwners;
import com.conductledger.ingest.store.RejectedRowStore;

/**
 * Stores one file's validated rows: accepted ones as facts, rejected ones as problems. An
 * evaluation id is one evaluation: a workbook of the same name (a corrected upload) may re-state
 * it, another workbook may not (formats.md: a duplicate id is rejected), so such a row is rejected
 * here naming the workbook that holds the id.
 */
final class ParsedRowsStore {

	private final InputKind kind;

	private final long sourceFileId;

	private final String fileName;

	private final FactWriter facts;

	private final RejectedRowStore rejections;

	private final KeyOwners owners;

	ParsedRowsStore(InputKind kind, long sourceFileId, String fileName, FactWriter facts, RejectedRowStore rejections,
			KeyOwners owners) {
		this.kind = kind;
		this.sourceFileId = sourceFileId;
		this.fileName = fileName;
		this.facts = facts;
		this.rejections = rejections;
		this.owners = owners;
	}

	InputKind kind() {
		return kind;
	}

	long sourceFileId() {
		return sourceFileId;
	}

	/** Writes the rows; returns those accepted rows that were taken. */
	List<ParsedRow.Accepted> store(List<? extends ParsedRow> rows) {
		List<ParsedRow.Accepted> accepted = new ArrayList<>();
		List<ParsedRow.Rejected> rejected = new ArrayList<>();
		for (ParsedRow row : rows) {
			if (row instanceof ParsedRow.Accepted taken) {
				accepted.add(taken);
			}
			else if (row instanceof ParsedRow.Rejected refused) {
				rejected.add(refused);
			}
		}
		if (kind == InputKind.EVALUATIONS) {
			accepted = withoutIdsOfOtherWorkbooks(accepted, rejected);
		}
		facts.replace(kind, sourceFileId, accepted);
		rejections.save(sourceFileId, rejected);
		return accepted;
	}

	private List<ParsedRow.Accepted> withoutIdsOfOtherWorkbooks(List<ParsedRow.Accepted> accepted,
			List<ParsedRow.Rejected> rejected) {
		Map<String, String> elsewhere = owners.evaluationsOfOtherFiles(
				accepted.stream().map(ParsedRow.Accepted::factKey).toList(), fileName);
		if (elsewhere.isEmpty()) {
			return accepted;
		}
		List<ParsedRow.Accepted> kept = new ArrayList<>();
		for (ParsedRow.Accepted row : accepted) {
			String owner = elsewhere.get(row.factKey());
			if (owner == null) {
				kept.add(row);
			}
			else {
				rejected.add(new ParsedRow.Rejected(row.source(), List.of(new Problem("evaluation_id", row.factKey(),
						"duplicate id: already taken from " + owner + "; give this evaluation its own id, "
								+ "or correct it in that workbook")), null));
			}
		}
		return kept;
	}

}
