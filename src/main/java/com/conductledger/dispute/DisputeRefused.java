package com.conductledger.dispute;

/**
 * A dispute action that cannot be done, with a message the user can act on. NOT_FOUND is also the
 * answer for anything out of the caller's scope (people.md: do not confirm that it exists).
 */
public class DisputeRefused extends RuntimeException {

	public enum Kind {
		NOT_FOUND, BAD_INPUT, FORBIDDEN, CONFLICT, TOO_LARGE
	}

	private final Kind kind;

	DisputeRefused(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	static DisputeRefused notFound(String what) {
		return new DisputeRefused(Kind.NOT_FOUND, "没有找到 not found: " + what);
	}

	static DisputeRefused badInput(String message) {
		return new DisputeRefused(Kind.BAD_INPUT, message);
	}

	static DisputeRefused forbidden(String message) {
		return new DisputeRefused(Kind.FORBIDDEN, message);
	}

	static DisputeRefused conflict(String message) {
		return new DisputeRefused(Kind.CONFLICT, message);
	}

	public Kind kind() {
		return kind;
	}

}
