package com.conductledger.reporting.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.conductledger.reporting.chart.ScoreHistogram;
import com.conductledger.reporting.chart.StackedBars;
import com.conductledger.reporting.chart.TrendLines;

/**
 * Sheet {@code Charts}: the meeting's three charts as native Excel charts over small tables on the
 * same sheet (a streamed sheet cannot hold a chart, so this one is a plain XSSF sheet): the spread
 * of final scores, points by category per team, each team's average final over the periods. Series
 * differ by grey (outlined in black), dash and marker, so the charts read in black and white.
 */
final class ChartsSheet {

	static final String NAME = "Charts";

	/** The categories' greys, as far apart as print allows (POI's lite schemas have no pattern fills). */
	private static final int[] GREYS = { 0x28, 0xD7, 0x6E, 0xA5, 0xF5 };

	private static final PresetLineDash[] DASHES = { PresetLineDash.SOLID, PresetLineDash.DASH, PresetLineDash.DOT,
			PresetLineDash.DASH_DOT, PresetLineDash.LARGE_DASH, PresetLineDash.SYSTEM_DASH, PresetLineDash.LARGE_DASH_DOT };

	private static final MarkerStyle[] MARKERS = { MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE,
			MarkerStyle.DIAMOND, MarkerStyle.X, MarkerStyle.PLUS, MarkerStyle.STAR };

	/** The rows a chart spans: each section (its table and its chart) takes at least these. */
	private static final int CHART_ROWS = 20;

	private final XSSFSheet sheet;

	private ChartsSheet(XSSFSheet sheet) {
		this.sheet = sheet;
	}

	static void write(XSSFWorkbook workbook, ScoreHistogram histogram, StackedBars categories, TrendLines trends) {
		ChartsSheet charts = new ChartsSheet(workbook.createSheet(NAME));
		charts.sheet.setColumnWidth(0, 24 * 256);
		int next = charts.histogram(histogram, 0);
		next = charts.categories(categories, next + 2);
		charts.trends(trends, next + 2);
		charts.sheet.getPrintSetup().setLandscape(true);
		charts.sheet.setFitToPage(true);
		charts.sheet.getPrintSetup().setFitWidth((short) 1);
		charts.sheet.getPrintSetup().setFitHeight((short) 0);
	}

	/** The bands and their counts from {@code row}; the chart to their right. Returns the last row used. */
	private int histogram(ScoreHistogram histogram, int top) {
		header(top, "band 分数段", "people 人数");
		int[] counts = histogram.counts();
		for (int band = 0; band < counts.length; band++) {
			Row row = sheet.createRow(top + 1 + band);
			row.createCell(0).setCellValue(band == 0 ? "<40" : (35 + band * 5) + "-" + (40 + band * 5));
			row.createCell(1).setCellValue(counts[band]);
		}
		int last = top + counts.length;
		XSSFChart chart = chart(top, top + CHART_ROWS, "最终分分布 Spread of final scores");
		XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis y = value(chart);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
		data.setBarDirection(BarDirection.COL);
		XDDFChartData.Series series = data.addSeries(labels(top + 1, last), numbers(top + 1, last, 1));
		series.setTitle("人数 People", null);
		patterned(series, 3);
		chart.plot(data);
		return Math.max(last, top + CHART_ROWS);
	}

	private int categories(StackedBars bars, int top) {
		List<String> names = bars.categories();
		Row head = sheet.createRow(top);
		head.createCell(0).setCellValue("team 团队");
		for (int category = 0; category < names.size(); category++) {
			head.createCell(1 + category).setCellValue(names.get(category));
		}
		for (int i = 0; i < bars.bars().size(); i++) {
			Row row = sheet.createRow(top + 1 + i);
			row.createCell(0).setCellValue(bars.bars().get(i).label());
			int[] points = bars.bars().get(i).points();
			for (int category = 0; category < points.length; category++) {
				row.createCell(1 + category).setCellValue(points[category]);
			}
		}
		int last = top + Math.max(1, bars.bars().size());
		XSSFChart chart = chart(top, top + CHART_ROWS, "按类别扣分 Points by category" + note(bars.note()));
		XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
		XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
		y.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
		data.setBarDirection(BarDirection.BAR);
		data.setBarGrouping(BarGrouping.STACKED);
		XDDFDataSource<String> teams = labels(top + 1, last);
		for (int category = 0; category < names.size(); category++) {
			XDDFChartData.Series series = data.addSeries(teams, numbers(top + 1, last, 1 + category));
			series.setTitle(names.get(category), null);
			patterned(series, category);
		}
		chart.plot(data);
		return Math.max(last, top + CHART_ROWS);
	}

	private void trends(TrendLines trends, int top) {
		Row head = sheet.createRow(top);
		head.createCell(0).setCellValue("period 周期");
		for (int line = 0; line < trends.series().size(); line++) {
			head.createCell(1 + line).setCellValue(trends.series().get(line).label());
		}
		for (int period = 0; period < trends.periods().size(); period++) {
			Row row = sheet.createRow(top + 1 + period);
			row.createCell(0).setCellValue(trends.periods().get(period));
			for (int line = 0; line < trends.series().size(); line++) {
				Double value = trends.series().get(line).values()[period];
				Cell cell = row.createCell(1 + line);
				if (value != null) {
					cell.setCellValue(value);
				}
			}
		}
		int last = top + trends.periods().size();
		XSSFChart chart = chart(top, top + CHART_ROWS, "各期平均最终分 Average final over the periods"
				+ note(trends.note()));
		XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis y = value(chart);
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
		XDDFDataSource<String> periods = labels(top + 1, last);
		for (int line = 0; line < trends.series().size(); line++) {
			XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(periods,
					numbers(top + 1, last, 1 + line));
			series.setTitle(trends.series().get(line).label(), null);
			series.setSmooth(false);
			series.setMarkerStyle(MARKERS[line % MARKERS.length]);
			XDDFLineProperties pen = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.BLACK)));
			pen.setPresetDash(new XDDFPresetLineDash(DASHES[line % DASHES.length]));
			pen.setWidth(line == 0 ? 2.5 : 1.5);
			series.setLineProperties(pen);
		}
		chart.plot(data);
	}

	private XSSFChart chart(int top, int bottom, String title) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 8, top, 18, bottom));
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		return chart;
	}

	private static XDDFValueAxis value(XSSFChart chart) {
		XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
		y.setCrosses(AxisCrosses.AUTO_ZERO);
		return y;
	}

	private void header(int row, String... names) {
		Row header = sheet.createRow(row);
		for (int i = 0; i < names.length; i++) {
			header.createCell(i).setCellValue(names[i]);
		}
	}

	private XDDFDataSource<String> labels(int first, int last) {
		return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
	}

	private XDDFNumericalDataSource<Double> numbers(int first, int last, int column) {
		return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column, column));
	}

	/** A grey of its own and a black outline, so that the series read apart in black and white. */
	private static void patterned(XDDFChartData.Series series, int index) {
		byte grey = (byte) GREYS[index % GREYS.length];
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] { grey, grey, grey })));
		series.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.BLACK))));
	}

	private static String note(String note) {
		return note == null ? "" : " (" + note + ")";
	}

}
