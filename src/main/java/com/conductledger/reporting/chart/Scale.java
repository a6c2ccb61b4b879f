package com.conductledger.reporting.chart;

import java.util.ArrayList;
import java.util.List;

/** A linear axis from {@code low} to {@code high} onto the pixels {@code from} to {@code to}, with round ticks. */
record Scale(double low, double high, double from, double to) {

	static Scale of(double low, double high, double from, double to) {
		return high <= low ? new Scale(low, low + 1, from, to) : new Scale(low, high, from, to);
	}

	double at(double value) {
		return from + (value - low) / (high - low) * (to - from);
	}

	/** About {@code count} ticks at a round step (1, 2 or 5 times a power of ten). */
	List<Double> ticks(int count) {
		double raw = (high - low) / Math.max(1, count);
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power : 10 * power;
		List<Double> ticks = new ArrayList<>();
		for (double tick = Math.ceil(low / step) * step; tick <= high + step * 1e-9; tick += step) {
			ticks.add(Math.abs(tick) < step * 1e-9 ? 0 : tick);
		}
		return ticks;
	}

	/** A round upper bound for counts or points: at least {@code max}, at least 1. */
	static double roundUp(double max) {
		if (max <= 1) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(max)));
		for (double factor : new double[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
			if (factor * power >= max) {
				return factor * power;
			}
		}
		return 10 * power;
	}

	static String label(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
	}

}
