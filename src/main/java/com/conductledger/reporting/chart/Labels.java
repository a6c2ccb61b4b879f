package com.conductledger.reporting.chart;

/** Estimates how wide a label prints, for layout: CJK characters are square, Latin ones about half as wide. */
final class Labels {

	private Labels() {
	}

	static double width(String text, double size) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			width += c >= 0x2E80 ? size : c == ' ' ? size * 0.3 : Character.isUpperCase(c) ? size * 0.62 : size * 0.52;
		}
		return width;
	}

	/** The text cut to fit {@code width}, with an ellipsis when cut. */
	static String fit(String text, double size, double width) {
		if (width(text, size) <= width) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && width(cut + "…", size) > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "…";
	}

}
