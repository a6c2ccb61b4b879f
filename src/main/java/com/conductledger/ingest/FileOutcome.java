package com.conductledger.ingest;

import java.util.List;

/**
 * What one run made of one file of the input folder: its result and counts, the text encoding a
 * CSV was read in, and (for a people file) the earlier rows its people let be taken.
 */
public record FileOutcome(String name, InputKind kind, Result result, int taken, int rejected, String failure,
		Long sourceFileId, String encoding, List<RetriedRows> retried) {

	public FileOutcome {
		retried = retried == null ? List.of() : List.copyOf(retried);
	}

	public FileOutcome(String name, InputKind kind, Result result, int taken, int rejected, String failure,
			Long sourceFileId) {
		this(name, kind, result, taken, rejected, failure, sourceFileId, null, List.of());
	}

	public enum Result {
		/** Loaded now. */
		TAKEN,
		/** The same content was taken before: nothing changes. */
		UNCHANGED,
		/** The file could not be read; its raw copy is kept and the reason recorded. */
		FAILED,
		/** Not a file of formats.md by its name: not taken, left where it is for a person to look at. */
		IGNORED
	}

	public static FileOutcome ignored(String name) {
		return new FileOutcome(name, null, Result.IGNORED, 0, 0, "not taken: not an input file of formats.md by its name (<kind>.csv or <kind>-<suffix>.csv, "
				+ "workbooks under evaluations/); left where it is", null);
	}

}
