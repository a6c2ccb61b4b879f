package com.conductledger.reporting.chart;

/**
 * Where a chart draws: points in the chart's own units (1 = 1/72 inch in the PDF, 1 px on the web),
 * origin at the top left. Only what the charts need: lines, filled boxes, polylines with markers
 * and short labels.
 */
public interface Canvas {

	/** How a text sits on its point. */
	enum Anchor {
		START, MIDDLE, END
	}

	void line(double x1, double y1, double x2, double y2, Ink ink);

	/** A box filled with {@code fill}, outlined in black. */
	void box(double x, double y, double width, double height, Fill fill);

	void polyline(double[] xs, double[] ys, Ink ink);

	void marker(double x, double y, Marker marker);

	/** A one-line label whose baseline is at {@code y}. */
	void text(double x, double y, String text, double size, Anchor anchor, boolean bold);

}
