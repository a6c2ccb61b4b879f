package com.conductledger.ingest.store;

/** Text cut to fit a column, by whole characters (never half of an emoji), marked as cut. */
public final class Texts {

	private Texts() {
	}

	/**
	 * A rejected cell's value as kept for people to read: a NUL (which rejected the row) shown as
	 * ␀, never stored, and the text cut to {@code max} characters.
	 */
	public static String shown(String value, int max) {
		return value == null ? null : truncate(value.replace('\u0000', '\u2400'), max);
	}

	/** The text, or its first characters and "…" so that it has at most {@code max} characters (code points). */
	public static String truncate(String text, int max) {
		if (text == null || text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
	}

}
