package com.conductledger.reporting.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A few series over the periods (e.g. each team's average final): one line each, every line with
 * its own dash and marker; a missing value breaks its line.
 */
public record TrendLines(List<String> periods, List<Series> series, String axis, String note) implements Chart {

	/** One line: its label and a value per period (null where there is none). */
	public record Series(String label, Double[] values) implements java.io.Serializable {
	}

	@Override
	public void draw(Canvas canvas, double width, double height) {
		double legend = Legend.lines(canvas, 4, 10, width - 8, series.stream().map(Series::label).toList());
		double left = 30;
		double right = width - 14;
		double top = 14 + legend;
		double bottom = height - (note == null ? 22 : 30);
		double[] range = range();
		Scale y = Scale.of(range[0], range[1], bottom, top);
		for (double tick : y.ticks(4)) {
			canvas.line(left, y.at(tick), right, y.at(tick), Ink.GRID);
			canvas.text(left - 3, y.at(tick) + 2.5, Scale.label(tick), 6.5, Canvas.Anchor.END, false);
		}
		double step = periods.size() <= 1 ? 0 : (right - left - 20) / (periods.size() - 1);
		double first = periods.size() <= 1 ? (left + right) / 2 : left + 10;
		for (int period = 0; period < periods.size(); period++) {
			canvas.text(first + period * step, bottom + 9, periods.get(period), 6.5, Canvas.Anchor.MIDDLE, false);
		}
		for (int line = 0; line < series.size(); line++) {
			Double[] values = series.get(line).values();
			List<double[]> run = new ArrayList<>();
			for (int period = 0; period <= values.length; period++) {
				Double value = period < values.length ? values[period] : null;
				if (value != null) {
					run.add(new double[] { first + period * step, y.at(value) });
					canvas.marker(first + period * step, y.at(value), Marker.of(line));
				}
				else {
					draw(canvas, run, Ink.SERIES[line % Ink.SERIES.length]);
					run.clear();
				}
			}
		}
		canvas.line(left, bottom, right, bottom, Ink.AXIS);
		canvas.line(left, top, left, bottom, Ink.AXIS);
		canvas.text(left - 26, top - 5, axis, 6.5, Canvas.Anchor.START, false);
		if (note != null) {
			canvas.text(4, height - 2, note, 6, Canvas.Anchor.START, false);
		}
	}

	private static void draw(Canvas canvas, List<double[]> run, Ink ink) {
		if (run.size() > 1) {
			canvas.polyline(run.stream().mapToDouble(point -> point[0]).toArray(),
					run.stream().mapToDouble(point -> point[1]).toArray(), ink);
		}
	}

	/** The values' range with a margin, rounded to fives. */
	private double[] range() {
		double low = Double.MAX_VALUE;
		double high = -Double.MAX_VALUE;
		for (Series line : series) {
			for (Double value : line.values()) {
				if (value != null) {
					low = Math.min(low, value);
					high = Math.max(high, value);
				}
			}
		}
		if (low > high) {
			return new double[] { 0, 100 };
		}
		return new double[] { Math.floor((low - 2) / 5) * 5, Math.ceil((high + 2) / 5) * 5 };
	}

	@Override
	public String description() {
		return axis + " over " + String.join(", ", periods) + " for " + series.size() + " series";
	}

}
