package com.conductledger.ingest;

/** What one run made of one file of the input folder. */
public record FileOutcome(String name, InputKind kind, Result result, int taken, int rejected, String failure,
		Long sourceFileId) {

	public enum Result {
		/** Loaded now. */
		TAKEN,
		/** The same content was taken before: nothing changes. */
		UNCHANGED,
		/** The file could not be read; its raw copy is kept and the reason recorded. */
		FAILED,
		/** Not a file of formats.md: left alone. */
		IGNORED
	}

	public static FileOutcome ignored(String name) {
		return new FileOutcome(name, null, Result.IGNORED, 0, 0, "not an input file of formats.md", null);
	}

}
