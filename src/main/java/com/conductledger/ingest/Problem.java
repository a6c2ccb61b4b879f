package com.conductledger.ingest;

/**
 * Why a row was rejected: the column, the value found there, and a reason a person can act on.
 * {@code code} marks the problems that can go away without a new file: {@link #UNKNOWN_PERSON}, a
 * person not (yet) in agents.csv; null for every other problem.
 */
public record Problem(String column, String value, String reason, String code) {

	/** The person named is not in agents.csv (yet): the row is retried when an agents file is taken. */
	public static final String UNKNOWN_PERSON = "UNKNOWN_PERSON";

	/**
	 * A problem only under a rule of an earlier version (an evaluator not in agents.csv), marked by
	 * a migration: the row is retried under the rules of now.
	 */
	public static final String RULE_CHANGED = "RULE_CHANGED";

	public Problem(String column, String value, String reason) {
		this(column, value, reason, null);
	}

	public boolean isUnknownPerson() {
		return UNKNOWN_PERSON.equals(code);
	}

}
