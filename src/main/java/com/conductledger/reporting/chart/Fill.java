package com.conductledger.reporting.chart;

/**
 * How a box is filled so that each category reads apart in black and white: a grey and an optional
 * hatch of black lines.
 */
public enum Fill {

	BLACK(40, Hatch.NONE), LIGHT(215, Hatch.NONE), DIAGONAL(255, Hatch.DIAGONAL), MID(140, Hatch.NONE),
	CROSS(255, Hatch.CROSS), PLAIN(235, Hatch.NONE);

	/** Black lines over the grey. */
	public enum Hatch {
		NONE, DIAGONAL, CROSS
	}

	private final int grey;

	private final Hatch hatch;

	Fill(int grey, Hatch hatch) {
		this.grey = grey;
		this.hatch = hatch;
	}

	public int grey() {
		return grey;
	}

	public Hatch hatch() {
		return hatch;
	}

	/** The fills of the categories of points, in the order of {@code Category}. */
	static final Fill[] CATEGORIES = { BLACK, LIGHT, DIAGONAL, MID, CROSS };

}
