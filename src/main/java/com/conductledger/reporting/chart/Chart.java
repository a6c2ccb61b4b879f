package com.conductledger.reporting.chart;

import java.io.Serializable;

/** A chart that draws itself on a canvas of the given size; its data travels with it (into a PDF's page swap). */
public interface Chart extends Serializable {

	void draw(Canvas canvas, double width, double height);

	/** A one-line description for a screen reader and a PDF's alternative text. */
	String description();

}
