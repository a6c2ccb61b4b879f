package com.conductledger.reporting.chart;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts count what they show and draw it so that every series reads apart without colour:
 * bands of five points with the tier thresholds, bars cut by category with a fill each, lines with
 * a dash and a marker each.
 */
class ChartsTests {

	@Test
	void theHistogramCountsFinalsInBandsOfFiveWithEverythingBelowFortyTogether() {
		ScoreHistogram histogram = ScoreHistogram.of(scores("12.5", "39.99", "40", "44.99", "60", "89.99", "90", "100",
				"-3"), List.of());

		int[] counts = histogram.counts();
		assertThat(counts[0]).as("below 40").isEqualTo(3);
		assertThat(counts[1]).as("40-45").isEqualTo(2);
		assertThat(counts[1 + (60 - 40) / 5]).as("60-65").isEqualTo(1);
		assertThat(counts[1 + (85 - 40) / 5]).as("85-90").isEqualTo(1);
		assertThat(counts[counts.length - 1]).as("95-100, 100 included").isEqualTo(1);
		assertThat(counts[1 + (90 - 40) / 5]).as("90-95").isEqualTo(1);
		assertThat(histogram.total()).isEqualTo(9);
	}

	@Test
	void notEvaluatedPeopleAreNotCounted() {
		List<BigDecimal> finals = new ArrayList<>(scores("80"));
		finals.add(null);

		assertThat(ScoreHistogram.of(finals, List.of()).total()).isOne();
	}

	@Test
	void theHistogramMarksEachThresholdWithItsLabel() {
		String svg = SvgCanvas.render(ScoreHistogram.of(scores("55", "95"),
				List.of(new ScoreHistogram.Threshold(60, "警告 WARNING <60"), new ScoreHistogram.Threshold(90, "奖励 REWARD ≥90"))),
				262, 160, "h");

		assertThat(svg).contains("警告 WARNING &lt;60", "奖励 REWARD ≥90", "stroke-dasharray=\"4 2\"");
	}

	@Test
	void stackedBarsGiveEachCategoryItsOwnFillAndTheRowItsTotal() {
		StackedBars bars = new StackedBars(List.of("a", "b", "c", "d", "e"),
				List.of(new StackedBars.Bar("T1", new int[] { 4, 1, 2, 3, 5 })), null);

		String svg = SvgCanvas.render(bars, 262, 160, "b");

		assertThat(svg).contains(">15</text>", "url(#hatch-diagonal)", "url(#hatch-cross)", "fill=\"#282828\"",
				"fill=\"#d7d7d7\"", "fill=\"#8c8c8c\"");
	}

	@Test
	void everyLineHasItsOwnDashAndAMissingValueBreaksIt() {
		TrendLines lines = new TrendLines(List.of("2026-09", "2026-10", "2026-11"),
				List.of(new TrendLines.Series("centre", new Double[] { 80.0, 81.0, 82.0 }),
						new TrendLines.Series("T1", new Double[] { 70.0, null, 75.0 }),
						new TrendLines.Series("T2", new Double[] { 90.0, 85.0, 88.0 })),
				"avg", null);

		String svg = SvgCanvas.render(lines, 535, 150, "t");

		assertThat(count(svg, "<polyline")).as("centre and T2; T1 is broken into single points").isEqualTo(2);
		assertThat(svg).contains("stroke-dasharray=\"1.20 1.80\"");
		assertThat(count(svg, "<polygon")).as("T2's triangles: 3 points and the legend's").isEqualTo(4);
	}

	@Test
	void textIsEscapedInSvg() {
		StackedBars bars = new StackedBars(List.of("<script>"), List.of(new StackedBars.Bar("a&b", new int[] { 1 })), null);

		String svg = SvgCanvas.render(bars, 262, 160, "x\"y");

		assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;", "a&amp;b", "id=\"x&quot;y\"");
	}

	@Test
	void aPersonsTrendLabelsEachFinalAndEachMonthsPoints() {
		PersonTrend trend = new PersonTrend(List.of("2026-09", "2026-10", "2026-11"), new Double[] { 77.4, null, 89.75 },
				new int[] { 15, 0, 4 });

		String svg = SvgCanvas.render(trend, 300, 78, "p");

		assertThat(svg).contains(">77.4</text>", ">89.8</text>", ">15分</text>", ">4分</text>", ">26-10</text>");
	}

	@Test
	void theJava2dCanvasDrawsEveryChartWithoutFailing() {
		Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 7);
		List<Chart> charts = List.of(ScoreHistogram.of(scores("70", "91"), List.of(new ScoreHistogram.Threshold(60, "60"))),
				new StackedBars(List.of("a"), List.of(new StackedBars.Bar("T", new int[] { 3 })), "note"),
				new TrendLines(List.of("2026-10", "2026-11"), List.of(new TrendLines.Series("s", new Double[] { 1.0, 2.0 })),
						"y", null),
				new PersonTrend(List.of("2026-10", "2026-11"), new Double[] { 80.0, 85.0 }, new int[] { 1, 2 }));
		for (Chart chart : charts) {
			BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
			var graphics = image.createGraphics();
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, 600, 200);
			Graphics2DCanvas.draw(chart, graphics, font, new Rectangle2D.Double(0, 0, 600, 200), 300, 100);
			assertThat(inked(image)).as(chart.description()).isGreaterThan(200);
		}
	}

	/** How many pixels are not white. */
	private static int inked(BufferedImage image) {
		int inked = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				inked += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
			}
		}
		return inked;
	}

	private static List<BigDecimal> scores(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

	private static int count(String text, String needle) {
		int count = 0;
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
			count++;
		}
		return count;
	}

}
