package com.conductledger.reporting.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the period's final scores spread: how many people in each band of five points (all below
 * {@value #FLOOR} in one band), with the tier thresholds drawn across (WARNING below, REWARD from).
 */
public record ScoreHistogram(int[] counts, List<Threshold> thresholds) implements Chart {

	/** The lowest band's upper edge: finals below it are counted together. */
	static final int FLOOR = 40;

	static final int BAND = 5;

	/** A tier threshold: a final score and what it marks. */
	public record Threshold(double score, String label) implements java.io.Serializable {
	}

	/** Counts the finals (null: not evaluated, not counted) into bands: below 40, 40-45, ..., 95-100. */
	public static ScoreHistogram of(List<BigDecimal> finals, List<Threshold> thresholds) {
		int[] counts = new int[1 + (100 - FLOOR) / BAND];
		for (BigDecimal value : finals) {
			if (value != null) {
				double score = value.doubleValue();
				int band = score < FLOOR ? 0 : Math.min(counts.length - 1, 1 + (int) ((score - FLOOR) / BAND));
				counts[band]++;
			}
		}
		return new ScoreHistogram(counts, List.copyOf(thresholds));
	}

	public int total() {
		int total = 0;
		for (int count : counts) {
			total += count;
		}
		return total;
	}

	@Override
	public void draw(Canvas canvas, double width, double height) {
		double left = 30;
		double right = width - 8;
		double top = 14 + 8 * thresholds.size();
		double bottom = height - 24;
		int max = 0;
		for (int count : counts) {
			max = Math.max(max, count);
		}
		Scale y = Scale.of(0, Scale.roundUp(max), bottom, top);
		for (double tick : y.ticks(4)) {
			canvas.line(left, y.at(tick), right, y.at(tick), Ink.GRID);
			canvas.text(left - 3, y.at(tick) + 2.5, Scale.label(tick), 6.5, Canvas.Anchor.END, false);
		}
		double slot = (right - left) / counts.length;
		for (int band = 0; band < counts.length; band++) {
			double x = left + band * slot;
			if (counts[band] > 0) {
				canvas.box(x + 1, y.at(counts[band]), slot - 2, bottom - y.at(counts[band]), Fill.MID);
				canvas.text(x + slot / 2, y.at(counts[band]) - 2, String.valueOf(counts[band]), 6, Canvas.Anchor.MIDDLE, false);
			}
			// the first band is everything below the floor, labelled under itself; the others at their edges
			if (band == 0) {
				canvas.text(x + slot / 2, bottom + 9, "<" + FLOOR, 6, Canvas.Anchor.MIDDLE, false);
			}
			else if (band > 1) {
				canvas.text(x, bottom + 9, String.valueOf(FLOOR + (band - 1) * BAND), 6, Canvas.Anchor.MIDDLE, false);
			}
		}
		canvas.text(right, bottom + 9, "100", 6, Canvas.Anchor.MIDDLE, false);
		canvas.line(left, bottom, right, bottom, Ink.AXIS);
		canvas.line(left, top, left, bottom, Ink.AXIS);
		canvas.text((left + right) / 2, height - 4, "最终分 Final score (每档 5 分 bands of 5)", 6.5, Canvas.Anchor.MIDDLE, false);
		canvas.text(left - 26, 8, "人数 People", 6.5, Canvas.Anchor.START, false);
		// each threshold's label on its own line above the plot, so that two near ones never overlap
		for (int i = 0; i < thresholds.size(); i++) {
			Threshold threshold = thresholds.get(i);
			double x = threshold.score() < FLOOR ? left + slot : left + slot * (1 + (threshold.score() - FLOOR) / BAND);
			double label = top - 3 - (thresholds.size() - 1 - i) * 8;
			canvas.line(x, label - 5, x, bottom, Ink.THRESHOLD);
			boolean roomOnTheRight = x + 2 + Labels.width(threshold.label(), 6.5) <= width;
			canvas.text(roomOnTheRight ? x + 2 : x - 2, label, threshold.label(), 6.5,
					roomOnTheRight ? Canvas.Anchor.START : Canvas.Anchor.END, true);
		}
	}

	@Override
	public String description() {
		return "Histogram of " + total() + " final scores in bands of 5 points, with the tier thresholds";
	}

}
