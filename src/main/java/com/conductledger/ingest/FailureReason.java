package com.conductledger.ingest;

/** A one-line reason for a failure, for a person: the message of the cause a user can act on. */
public final class FailureReason {

	private FailureReason() {
	}

	public static String of(Throwable failure) {
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InputFileException) {
				return firstLine(cause.getMessage());
			}
			root = cause;
		}
		String message = root.getMessage();
		return firstLine(message == null || message.isBlank() ? root.getClass().getSimpleName() : message);
	}

	private static String firstLine(String text) {
		return text.lines().findFirst().orElse(text).trim();
	}

}
