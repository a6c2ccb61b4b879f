package com.conductledger.web;

import java.time.LocalDateTime;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.store.SourceFile;

/** One line of the list of past uploads. */
public record UploadSummary(long id, String name, InputKind kind, LocalDateTime receivedAt, SourceFile.Status status,
		int taken, int rejected, String failure) {

	/** The status badge's colour class: a complete file with rejected rows is amber, with none taken red. */
	public String badge() {
		if (status == SourceFile.Status.COMPLETE && rejected > 0) {
			return taken == 0 ? "bad" : "warn";
		}
		return status.name();
	}

	static UploadSummary of(SourceFile file) {
		return new UploadSummary(file.getId(), file.getFileName(), file.getKind(), file.getReceivedAt(),
				file.getStatus(), file.getRowsTaken(), file.getRowsRejected(), file.getFailure());
	}

}
