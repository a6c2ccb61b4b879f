package com.conductledger.reporting.chart;

/** The shape that marks a point of a series, different for each series. */
public enum Marker {

	CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS, PLUS, RING;

	static Marker of(int series) {
		return values()[series % values().length];
	}

}
