package com.conductledger.reporting.excel;

/**
 * A column of a table sheet: its header name (the English key, then its Chinese label beside it:
 * {@code final_score 最终得分}) and the kind of value it holds, which sets its width. Streamed rows
 * are flushed before they could be measured, so widths come from the kind, never from autosizing.
 */
record Column(String name, String chinese, Kind kind) {

	/** Kinds of column and their width in characters (a Chinese character counts about two). */
	enum Kind {

		ID(11), CODE(14), NAME(16), TEXT(24), LONG_TEXT(60), INTEGER(9), DECIMAL(12), DATE(12);

		private final int width;

		Kind(int width) {
			this.width = width;
		}

	}

	/** A column whose header is its name alone (the QA template's, read back by the ingest). */
	static Column of(String name, Kind kind) {
		return new Column(name, null, kind);
	}

	static Column of(String name, String chinese, Kind kind) {
		return new Column(name, chinese, kind);
	}

	/** What the header cell says: the key and, beside it, its Chinese label. */
	String header() {
		return chinese == null ? name : name + " " + chinese;
	}

	/** Wide enough for the kind's values and for the header with its filter button (a Chinese character counts two). */
	int widthInCharacters() {
		return Math.max(kind.width, name.length() + (chinese == null ? 0 : 1 + 2 * chinese.length()) + 4);
	}

}
