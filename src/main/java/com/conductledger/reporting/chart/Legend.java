package com.conductledger.reporting.chart;

import java.util.List;

/** A row of legend entries: a swatch (box or line with marker) and its label, wrapping to a new row when full. */
final class Legend {

	static final double SIZE = 6.5;

	private Legend() {
	}

	/** Draws the boxes' legend from {@code x, y} within {@code width}; returns the height used. */
	static double boxes(Canvas canvas, double x, double y, double width, List<String> labels, Fill[] fills) {
		double cursor = x;
		double row = y;
		for (int i = 0; i < labels.size(); i++) {
			double entry = 12 + Labels.width(labels.get(i), SIZE) + 10;
			if (cursor + entry > x + width && cursor > x) {
				cursor = x;
				row += SIZE + 5;
			}
			canvas.box(cursor, row - SIZE + 1, 8, SIZE, fills[i % fills.length]);
			canvas.text(cursor + 11, row, labels.get(i), SIZE, Canvas.Anchor.START, false);
			cursor += entry;
		}
		return row - y + SIZE + 4;
	}

	/** Draws the lines' legend from {@code x, y} within {@code width}; returns the height used. */
	static double lines(Canvas canvas, double x, double y, double width, List<String> labels) {
		double cursor = x;
		double row = y;
		for (int i = 0; i < labels.size(); i++) {
			double entry = 22 + Labels.width(labels.get(i), SIZE) + 10;
			if (cursor + entry > x + width && cursor > x) {
				cursor = x;
				row += SIZE + 5;
			}
			double middle = row - SIZE / 2 + 1;
			canvas.line(cursor, middle, cursor + 18, middle, Ink.SERIES[i % Ink.SERIES.length]);
			canvas.marker(cursor + 9, middle, Marker.of(i));
			canvas.text(cursor + 21, row, labels.get(i), SIZE, Canvas.Anchor.START, false);
			cursor += entry;
		}
		return row - y + SIZE + 4;
	}

}
