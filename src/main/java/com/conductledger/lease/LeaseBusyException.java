package com.conductledger.lease;

/** Another run holds the lease: the nightly run, a command-line run or close, a manager's rescore or close. */
public class LeaseBusyException extends RuntimeException {

	LeaseBusyException(String message) {
		super(message);
	}

}
