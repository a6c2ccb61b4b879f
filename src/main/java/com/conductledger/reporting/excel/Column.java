package com.conductledger.reporting.excel;

/**
 * A column of a table sheet: its header name and the kind of value it holds, which sets its width.
 * Streamed rows are flushed before they could be measured, so widths come from the kind, never
 * from autosizing.
 */
record Column(String name, Kind kind) {

	/** Kinds of column and their width in characters (a Chinese character counts about two). */
	enum Kind {

		ID(11), CODE(14), NAME(16), TEXT(24), LONG_TEXT(60), INTEGER(9), DECIMAL(12), DATE(12);

		private final int width;

		Kind(int width) {
			this.width = width;
		}

	}

	static Column of(String name, Kind kind) {
		return new Column(name, kind);
	}

	/** Wide enough for the kind's values and for the header with its filter button. */
	int widthInCharacters() {
		return Math.max(kind.width, name.length() + 4);
	}

}
