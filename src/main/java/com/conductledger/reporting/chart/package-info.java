/**
 * The meeting's charts, drawn once for every medium: on a {@link com.conductledger.reporting.chart.Canvas}
 * that the PDF pack backs with Java2D (vector, through JasperReports) and the web with SVG. Every
 * series differs by more than colour (fill pattern, dash, marker), so a chart reads in black and
 * white print.
 */
package com.conductledger.reporting.chart;
