package com.conductledger.security;

/** A user-management request that cannot be done, with a message the administrator can act on. */
public class UserAccountException extends RuntimeException {

	public enum Kind {
		INVALID, NOT_FOUND, CONFLICT
	}

	private final Kind kind;

	UserAccountException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

}
