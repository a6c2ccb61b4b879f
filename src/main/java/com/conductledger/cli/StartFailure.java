package com.conductledger.cli;

import java.sql.SQLException;

import com.conductledger.ingest.FailureReason;

/** Why the application could not start, in one line a person can act on. */
public final class StartFailure {

	/** H2's "Database may be already in use": another process holds the database file. */
	private static final int H2_DATABASE_IN_USE = 90020;

	private StartFailure() {
	}

	public static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
				return "the embedded database is in use by another Conduct Ledger process, most likely the web "
						+ "application: stop it first, or use its own buttons (Rescore now, Close this period) on the "
						+ "period's page, or give this command another database with --spring.datasource.url=...";
			}
		}
		return "cannot start: " + FailureReason.of(failure);
	}

}
