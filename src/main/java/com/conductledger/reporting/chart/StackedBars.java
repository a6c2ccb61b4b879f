package com.conductledger.reporting.chart;

import java.util.List;

/**
 * Points by category for each of a few rows (teams, or a team's members): one horizontal bar a row,
 * cut into its categories, each category with its own fill; the row's total at the bar's end.
 */
public record StackedBars(List<String> categories, List<Bar> bars, String note) implements Chart {

	/** One row: its label and its points in each category, in the order of {@code categories}. */
	public record Bar(String label, int[] points) implements java.io.Serializable {

		int total() {
			int total = 0;
			for (int value : points) {
				total += value;
			}
			return total;
		}

	}

	@Override
	public void draw(Canvas canvas, double width, double height) {
		double legend = Legend.boxes(canvas, 4, 10, width - 8, categories, Fill.CATEGORIES);
		double labels = Math.min(110, bars.stream().mapToDouble(bar -> Labels.width(bar.label(), 6.5)).max().orElse(20) + 6);
		double left = labels + 4;
		double right = width - 26;
		double top = 10 + legend;
		double bottom = height - (note == null ? 16 : 24);
		int max = bars.stream().mapToInt(Bar::total).max().orElse(0);
		Scale x = Scale.of(0, Scale.roundUp(max), left, right);
		for (double tick : x.ticks(5)) {
			canvas.line(x.at(tick), top, x.at(tick), bottom, Ink.GRID);
			canvas.text(x.at(tick), bottom + 8, Scale.label(tick), 6, Canvas.Anchor.MIDDLE, false);
		}
		double slot = bars.isEmpty() ? 0 : (bottom - top) / bars.size();
		double thickness = Math.min(14, slot * 0.7);
		for (int row = 0; row < bars.size(); row++) {
			Bar bar = bars.get(row);
			double y = top + row * slot + (slot - thickness) / 2;
			canvas.text(left - 4, y + thickness / 2 + 2.3, Labels.fit(bar.label(), 6.5, labels - 4), 6.5, Canvas.Anchor.END,
					false);
			double start = 0;
			for (int category = 0; category < bar.points().length; category++) {
				int value = bar.points()[category];
				if (value > 0) {
					canvas.box(x.at(start), y, x.at(start + value) - x.at(start), thickness,
							Fill.CATEGORIES[category % Fill.CATEGORIES.length]);
					start += value;
				}
			}
			canvas.text(x.at(start) + 3, y + thickness / 2 + 2.3, String.valueOf(bar.total()), 6.5, Canvas.Anchor.START,
					true);
		}
		canvas.line(left, top, left, bottom, Ink.AXIS);
		canvas.text((left + right) / 2, height - (note == null ? 3 : 11), "扣分 Deduction points", 6.5,
				Canvas.Anchor.MIDDLE, false);
		if (note != null) {
			canvas.text(4, height - 2, note, 6, Canvas.Anchor.START, false);
		}
	}

	@Override
	public String description() {
		return "Points by category for " + bars.size() + " rows: " + String.join(", ", categories);
	}

}
