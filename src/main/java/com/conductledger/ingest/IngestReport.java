package com.conductledger.ingest;

import java.util.List;

/** The outcome of ingesting an input folder, file by file. */
public record IngestReport(List<FileOutcome> files) {

	public IngestReport {
		files = List.copyOf(files);
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
