package com.conductledger.reporting.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** A canvas on Java2D (the PDF pack's vector drawing), with the labels in the given font. */
public final class Graphics2DCanvas implements Canvas {

	private final Graphics2D graphics;

	private final Font font;

	public Graphics2DCanvas(Graphics2D graphics, Font font) {
		this.graphics = graphics;
		this.font = font;
	}

	/** Draws the chart into the box, scaled from its own size. */
	public static void draw(Chart chart, Graphics2D graphics, Font font, Rectangle2D box, double width, double height) {
		Graphics2D scaled = (Graphics2D) graphics.create();
		try {
			scaled.translate(box.getX(), box.getY());
			scaled.scale(box.getWidth() / width, box.getHeight() / height);
			chart.draw(new Graphics2DCanvas(scaled, font), width, height);
		}
		finally {
			scaled.dispose();
		}
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, Ink ink) {
		stroke(ink);
		graphics.draw(new Line2D.Double(x1, y1, x2, y2));
	}

	@Override
	public void box(double x, double y, double width, double height, Fill fill) {
		Rectangle2D box = new Rectangle2D.Double(x, y, width, height);
		graphics.setColor(grey(fill.grey()));
		graphics.fill(box);
		if (fill.hatch() != Fill.Hatch.NONE) {
			hatch(box, fill.hatch());
		}
		stroke(new Ink(0, 0.5, new double[0]));
		graphics.draw(box);
	}

	@Override
	public void polyline(double[] xs, double[] ys, Ink ink) {
		Path2D path = new Path2D.Double();
		path.moveTo(xs[0], ys[0]);
		for (int i = 1; i < xs.length; i++) {
			path.lineTo(xs[i], ys[i]);
		}
		stroke(ink);
		graphics.draw(path);
	}

	@Override
	public void marker(double x, double y, Marker marker) {
		double r = 2.2;
		Shape shape = switch (marker) {
			case CIRCLE, RING -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
			case SQUARE -> new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
			case TRIANGLE -> polygon(new double[] { x, x + r * 1.2, x - r * 1.2 }, new double[] { y - r * 1.2, y + r, y + r });
			case DIAMOND -> polygon(new double[] { x, x + r * 1.3, x, x - r * 1.3 }, new double[] { y - r * 1.3, y, y + r * 1.3, y });
			case CROSS, PLUS -> null;
		};
		graphics.setStroke(new BasicStroke(0.8f));
		graphics.setColor(Color.BLACK);
		if (shape == null) {
			double d = marker == Marker.CROSS ? r : 0;
			double e = marker == Marker.CROSS ? r : r * 1.3;
			graphics.draw(new Line2D.Double(x - e, y - d, x + e, y + d));
			graphics.draw(new Line2D.Double(x - d, y + e, x + d, y - e));
			if (marker == Marker.PLUS) {
				graphics.draw(new Line2D.Double(x, y - e, x, y + e));
			}
			return;
		}
		if (marker == Marker.RING) {
			graphics.setColor(Color.WHITE);
			graphics.fill(shape);
			graphics.setColor(Color.BLACK);
			graphics.draw(shape);
		}
		else {
			graphics.fill(shape);
		}
	}

	@Override
	public void text(double x, double y, String text, double size, Anchor anchor, boolean bold) {
		Font sized = font.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size);
		graphics.setFont(sized);
		graphics.setColor(grey(30));
		double width = graphics.getFontMetrics(sized).getStringBounds(text, graphics).getWidth();
		double start = switch (anchor) {
			case START -> x;
			case MIDDLE -> x - width / 2;
			case END -> x - width;
		};
		graphics.drawString(text, (float) start, (float) y);
	}

	private void hatch(Rectangle2D box, Fill.Hatch hatch) {
		Shape clip = graphics.getClip();
		graphics.clip(box);
		stroke(new Ink(0, 0.45, new double[0]));
		double step = 2.6;
		double span = box.getWidth() + box.getHeight();
		for (double offset = 0; offset < span; offset += step) {
			graphics.draw(new Line2D.Double(box.getX() + offset, box.getY(), box.getX() + offset - box.getHeight(),
					box.getMaxY()));
			if (hatch == Fill.Hatch.CROSS) {
				graphics.draw(new Line2D.Double(box.getX() + offset - box.getHeight(), box.getY(), box.getX() + offset,
						box.getMaxY()));
			}
		}
		graphics.setClip(clip);
	}

	private void stroke(Ink ink) {
		graphics.setColor(grey(ink.grey()));
		float[] dash = new float[ink.dash().length];
		for (int i = 0; i < dash.length; i++) {
			dash[i] = (float) ink.dash()[i];
		}
		graphics.setStroke(dash.length == 0 ? new BasicStroke((float) ink.width())
				: new BasicStroke((float) ink.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
	}

	private static Path2D polygon(double[] xs, double[] ys) {
		Path2D path = new Path2D.Double();
		path.moveTo(xs[0], ys[0]);
		for (int i = 1; i < xs.length; i++) {
			path.lineTo(xs[i], ys[i]);
		}
		path.closePath();
		return path;
	}

	private static Color grey(int level) {
		return new Color(level, level, level);
	}

}
