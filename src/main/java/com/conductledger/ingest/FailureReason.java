package com.conductledger.ingest;

import java.sql.SQLException;

/**
 * A one-line reason for a failure, for a person: the message of the cause a user can act on (an
 * input file's problem, else the database's complaint, else the root cause).
 */
public final class FailureReason {

	private FailureReason() {
	}

	public static String of(Throwable failure) {
		Throwable root = failure;
		SQLException database = null;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InputFileException) {
				return firstLine(cause.getMessage());
			}
			if (database == null && cause instanceof SQLException sql) {
				database = sql;
			}
			root = cause;
		}
		if (database != null) {
			return "database error: " + firstLine(String.valueOf(database.getMessage()));
		}
		String message = root.getMessage();
		return firstLine(message == null || message.isBlank() ? root.getClass().getSimpleName() : message);
	}

	private static String firstLine(String text) {
		return text.lines().findFirst().orElse(text).trim();
	}

}
