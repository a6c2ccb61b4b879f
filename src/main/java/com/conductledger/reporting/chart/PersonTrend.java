package com.conductledger.reporting.chart;

import java.util.List;

/**
 * One person's months at a glance: the final score of each period as a line with its values, and
 * the deduction points as bars beneath, on their own scale.
 */
public record PersonTrend(List<String> periods, Double[] finals, int[] points) implements Chart {

	@Override
	public void draw(Canvas canvas, double width, double height) {
		double left = 6;
		double right = width - 6;
		double top = 12;
		double bottom = height - 12;
		double split = top + (bottom - top) * 0.58;
		double slot = (right - left) / Math.max(1, periods.size());
		int maxPoints = 0;
		double low = 100;
		double high = 0;
		for (int period = 0; period < periods.size(); period++) {
			maxPoints = Math.max(maxPoints, points[period]);
			if (finals[period] != null) {
				low = Math.min(low, finals[period]);
				high = Math.max(high, finals[period]);
			}
		}
		Scale finalScale = Scale.of(Math.min(low, high) - 5, Math.max(low, high) + 5, split - 4, top + 4);
		Scale pointScale = Scale.of(0, Scale.roundUp(maxPoints), bottom, split + 6);
		double previousX = 0;
		Double previous = null;
		for (int period = 0; period < periods.size(); period++) {
			double x = left + slot * (period + 0.5);
			if (points[period] > 0) {
				canvas.box(x - slot * 0.18, pointScale.at(points[period]), slot * 0.36, bottom - pointScale.at(points[period]),
						Fill.LIGHT);
			}
			canvas.text(x + slot * 0.2, bottom - 1.5, points[period] + "分", 5.5, Canvas.Anchor.START, false);
			Double value = finals[period];
			if (value != null) {
				if (previous != null) {
					canvas.line(previousX, finalScale.at(previous), x, finalScale.at(value), Ink.SERIES[0]);
				}
				canvas.marker(x, finalScale.at(value), Marker.CIRCLE);
				canvas.text(x, finalScale.at(value) - 3.5, Scale.label(Math.round(value * 10) / 10.0), 6, Canvas.Anchor.MIDDLE,
						period == periods.size() - 1);
			}
			previous = value;
			previousX = x;
			canvas.text(x, height - 2, periods.get(period).substring(2), 5.5, Canvas.Anchor.MIDDLE, false);
		}
		canvas.line(left, bottom, right, bottom, Ink.AXIS);
		canvas.line(left, 3, left + 12, 3, Ink.SERIES[0]);
		canvas.marker(left + 6, 3, Marker.CIRCLE);
		canvas.text(left + 15, 5.2, "最终分 Final", 5.5, Canvas.Anchor.START, false);
		canvas.box(left + 60, 0.5, 8, 4.5, Fill.LIGHT);
		canvas.text(left + 71, 5.2, "扣分 Points", 5.5, Canvas.Anchor.START, false);
	}

	@Override
	public String description() {
		return "Final score and deduction points over " + String.join(", ", periods);
	}

}
