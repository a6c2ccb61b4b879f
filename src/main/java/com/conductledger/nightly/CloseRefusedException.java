package com.conductledger.nightly;

/** A close that must not happen (too early, twice, or on figures other than those confirmed), with why. */
public class CloseRefusedException extends RuntimeException {

	CloseRefusedException(String message) {
		super(message);
	}

}
