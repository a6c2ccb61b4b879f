package com.conductledger.ingest;

import java.util.List;

/**
 * The outcome of ingesting an input folder, file by file, and the rows that waited for people
 * and could be taken before the folder's first file (after an upgrade, or a retry that failed).
 */
public record IngestReport(List<FileOutcome> files, List<RetriedRows> retriedFirst) {

	public IngestReport {
		files = List.copyOf(files);
		retriedFirst = retriedFirst == null ? List.of() : List.copyOf(retriedFirst);
	}

	public IngestReport(List<FileOutcome> files) {
		this(files, List.of());
	}

	public List<FileOutcome> failed() {
		return files.stream().filter(file -> file.result() == FileOutcome.Result.FAILED).toList();
	}

	/** The files whose name is not one of formats.md: left where they are, for a person to look at. */
	public List<FileOutcome> unrecognised() {
		return files.stream().filter(file -> file.result() == FileOutcome.Result.IGNORED).toList();
	}

	public int taken() {
		return files.stream().mapToInt(FileOutcome::taken).sum();
	}

	public int rejected() {
		return files.stream().mapToInt(FileOutcome::rejected).sum();
	}

}
