package com.conductledger.schedule;

/** The penalty schedule file is wrong; the message names the key to fix. */
public class ScheduleException extends RuntimeException {

	public ScheduleException(String message) {
		super(message);
	}

}
