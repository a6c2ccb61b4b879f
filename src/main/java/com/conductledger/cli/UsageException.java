package com.conductledger.cli;

/** A command line that cannot be run as written: the message says what is wrong and what to type instead. */
public final class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
