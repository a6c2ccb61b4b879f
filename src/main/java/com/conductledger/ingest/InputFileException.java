package com.conductledger.ingest;

/** A whole input file cannot be read (not a workbook, no header, unreadable): a user's error, with a message to act on. */
public class InputFileException extends RuntimeException {

	public InputFileException(String message) {
		super(message);
	}

	public InputFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
