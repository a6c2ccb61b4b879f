package com.conductledger.reporting.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

import com.conductledger.reporting.chart.Chart;
import com.conductledger.reporting.chart.Graphics2DCanvas;

/**
 * A chart as a JasperReports image: drawn with Java2D when the page is exported, so the PDF holds
 * vector lines and boxes (sharp in print, small on disk), labels in the pack's embedded font.
 */
final class ChartRenderer extends AbstractRenderer implements Graphics2DRenderable {

	private static final long serialVersionUID = 1L;

	static final String FONT = "WenQuanYi Micro Hei";

	private final Chart chart;

	private final double width;

	private final double height;

	/** The chart drawn on a canvas of {@code width} x {@code height} points, scaled to the image's box. */
	ChartRenderer(Chart chart, double width, double height) {
		this.chart = chart;
		this.width = width;
		this.height = height;
	}

	static ChartRenderer of(Chart chart, double width, double height) {
		return chart == null ? null : new ChartRenderer(chart, width, height);
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D box) {
		Font font = FontUtil.getInstance(context).getAwtFontFromBundles(FONT, Font.PLAIN, 7f, Locale.ROOT, true);
		Graphics2DCanvas.draw(chart, graphics, font == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 7) : font, box, width,
				height);
	}

	Chart chart() {
		return chart;
	}

}
