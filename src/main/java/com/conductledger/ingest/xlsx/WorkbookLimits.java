package com.conductledger.ingest.xlsx;

/**
 * How much of a workbook is read, at most (jobs/ingest/README.md, "Too large to read"). They bound
 * the memory and time one workbook can take, whatever its compression ratio: a zip bomb is refused
 * by what it unpacks to, and a long but honest text is not mistaken for one.
 */
final class WorkbookLimits {

	/** Excel's own: 1,048,576 rows and 16,384 columns (A to XFD). */
	static final int MAX_ROWS = 1_048_576;

	static final int MAX_COLUMNS = 16_384;

	/** The characters one row may hold in all: 13 columns of a full Excel cell each fit many times. */
	static final int MAX_ROW_CHARS = 1_000_000;

	/** The unpacked size of the sheet read, streamed. */
	static final long MAX_SHEET_BYTES = 1L << 30;

	/** The unpacked size of the shared-strings part, and what of it is held: characters and strings. */
	static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;

	static final int MAX_SHARED_CHARS = 8 << 20;

	static final int MAX_SHARED_STRINGS = 2 << 20;

	/** The unpacked size of each other XML part POI reads whole (content types, workbook, styles...), and of all of them. */
	static final long MAX_PART_BYTES = 32L << 20;

	static final long MAX_PARTS_BYTES = 64L << 20;

	/** A legacy .xls file is read record by record, but its shared strings are held: its size bounds them. */
	static final long MAX_XLS_BYTES = 128L << 20;

	private WorkbookLimits() {
	}

	/** A workbook goes past one of the limits; the message says which, for the user. */
	static final class TooLargeException extends RuntimeException {

		TooLargeException(String reason) {
			super(reason, null, false, false);
		}

		/** The first TooLargeException among the failure and its causes, or null. */
		static TooLargeException in(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof TooLargeException tooLarge) {
					return tooLarge;
				}
			}
			return null;
		}

	}

}
