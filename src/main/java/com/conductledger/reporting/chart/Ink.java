package com.conductledger.reporting.chart;

/** How a line is drawn: its grey (0 black, 255 white), width and dash pattern (empty: solid). */
public record Ink(int grey, double width, double[] dash) {

	public static final Ink AXIS = new Ink(0, 0.6, new double[0]);

	public static final Ink GRID = new Ink(200, 0.4, new double[0]);

	public static final Ink THRESHOLD = new Ink(0, 0.9, new double[] { 4, 2 });

	/** The series lines: each differs from the others by its dash, not only by its grey. */
	static final Ink[] SERIES = { new Ink(0, 1.6, new double[0]), new Ink(60, 1.1, new double[] { 5, 2 }),
			new Ink(0, 1.1, new double[] { 1.2, 1.8 }), new Ink(90, 1.1, new double[] { 6, 2, 1.5, 2 }),
			new Ink(30, 1.1, new double[] { 9, 3 }), new Ink(110, 1.1, new double[] { 2.5, 2.5 }),
			new Ink(50, 1.1, new double[] { 6, 2, 1.5, 2, 1.5, 2 }) };

	public boolean dashed() {
		return dash.length > 0;
	}

}
