package com.conductledger.reporting.chart;

import java.util.Locale;

/**
 * A canvas that writes SVG for the web pages: presentation attributes only (no style attributes,
 * so a strict Content-Security-Policy holds), text escaped, a title for screen readers.
 */
public final class SvgCanvas implements Canvas {

	private final StringBuilder svg = new StringBuilder();

	/** The chart as an SVG element of the given size, scaling with the page's width. */
	public static String render(Chart chart, double width, double height, String id) {
		SvgCanvas canvas = new SvgCanvas();
		chart.draw(canvas, width, height);
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"" + escape(id) + "\" role=\"img\" viewBox=\"0 0 "
				+ number(width) + " " + number(height) + "\" font-family=\"'WenQuanYi Micro Hei', 'Noto Sans CJK SC', "
				+ "'Microsoft YaHei', sans-serif\"><title>" + escape(chart.description()) + "</title>" + patterns()
				+ canvas.svg + "</svg>";
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, Ink ink) {
		svg.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
			.append(number(x2)).append("\" y2=\"").append(number(y2)).append('"').append(stroke(ink)).append("/>");
	}

	@Override
	public void box(double x, double y, double width, double height, Fill fill) {
		String paint = switch (fill.hatch()) {
			case NONE -> grey(fill.grey());
			case DIAGONAL -> "url(#hatch-diagonal)";
			case CROSS -> "url(#hatch-cross)";
		};
		svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
			.append(number(Math.max(0, width))).append("\" height=\"").append(number(Math.max(0, height)))
			.append("\" fill=\"").append(paint).append("\" stroke=\"#000\" stroke-width=\"0.5\"/>");
	}

	@Override
	public void polyline(double[] xs, double[] ys, Ink ink) {
		svg.append("<polyline fill=\"none\" points=\"");
		for (int i = 0; i < xs.length; i++) {
			svg.append(i == 0 ? "" : " ").append(number(xs[i])).append(',').append(number(ys[i]));
		}
		svg.append('"').append(stroke(ink)).append("/>");
	}

	@Override
	public void marker(double x, double y, Marker marker) {
		double r = 2.2;
		switch (marker) {
			case CIRCLE -> svg.append(circle(x, y, r, "#000"));
			case RING -> svg.append(circle(x, y, r, "#fff"));
			case SQUARE -> svg.append("<rect x=\"").append(number(x - r)).append("\" y=\"").append(number(y - r))
				.append("\" width=\"").append(number(2 * r)).append("\" height=\"").append(number(2 * r))
				.append("\" fill=\"#000\"/>");
			case TRIANGLE -> svg.append(polygon(x, y - r * 1.2, x + r * 1.2, y + r, x - r * 1.2, y + r));
			case DIAMOND -> svg.append(polygon(x, y - r * 1.3, x + r * 1.3, y, x, y + r * 1.3, x - r * 1.3, y));
			case CROSS -> {
				line(x - r, y - r, x + r, y + r, new Ink(0, 0.8, new double[0]));
				line(x - r, y + r, x + r, y - r, new Ink(0, 0.8, new double[0]));
			}
			case PLUS -> {
				line(x - r * 1.3, y, x + r * 1.3, y, new Ink(0, 0.8, new double[0]));
				line(x, y - r * 1.3, x, y + r * 1.3, new Ink(0, 0.8, new double[0]));
			}
		}
	}

	@Override
	public void text(double x, double y, String text, double size, Anchor anchor, boolean bold) {
		svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" font-size=\"")
			.append(number(size)).append("\" fill=\"#1e1e1e\"").append(switch (anchor) {
				case START -> "";
				case MIDDLE -> " text-anchor=\"middle\"";
				case END -> " text-anchor=\"end\"";
			}).append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(text)).append("</text>");
	}

	private static String circle(double x, double y, double r, String fill) {
		return "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"" + number(r) + "\" fill=\"" + fill
				+ "\" stroke=\"#000\" stroke-width=\"0.8\"/>";
	}

	private static String polygon(double... points) {
		StringBuilder polygon = new StringBuilder("<polygon fill=\"#000\" points=\"");
		for (int i = 0; i < points.length; i += 2) {
			polygon.append(i == 0 ? "" : " ").append(number(points[i])).append(',').append(number(points[i + 1]));
		}
		return polygon.append("\"/>").toString();
	}

	private static String stroke(Ink ink) {
		StringBuilder stroke = new StringBuilder(" stroke=\"").append(grey(ink.grey())).append("\" stroke-width=\"")
			.append(number(ink.width())).append('"');
		if (ink.dashed()) {
			stroke.append(" stroke-dasharray=\"");
			for (int i = 0; i < ink.dash().length; i++) {
				stroke.append(i == 0 ? "" : " ").append(number(ink.dash()[i]));
			}
			stroke.append('"');
		}
		return stroke.toString();
	}

	private static String patterns() {
		return "<defs><pattern id=\"hatch-diagonal\" width=\"2.6\" height=\"2.6\" patternUnits=\"userSpaceOnUse\" "
				+ "patternTransform=\"rotate(45)\"><rect width=\"2.6\" height=\"2.6\" fill=\"#fff\"/>"
				+ "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"2.6\" stroke=\"#000\" stroke-width=\"0.45\"/></pattern>"
				+ "<pattern id=\"hatch-cross\" width=\"2.6\" height=\"2.6\" patternUnits=\"userSpaceOnUse\" "
				+ "patternTransform=\"rotate(45)\"><rect width=\"2.6\" height=\"2.6\" fill=\"#fff\"/>"
				+ "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"2.6\" stroke=\"#000\" stroke-width=\"0.45\"/>"
				+ "<line x1=\"0\" y1=\"0\" x2=\"2.6\" y2=\"0\" stroke=\"#000\" stroke-width=\"0.45\"/></pattern></defs>";
	}

	private static String grey(int level) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", level, level, level);
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
