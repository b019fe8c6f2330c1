package org.parley.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.parley.io.AtomicFiles;

/** Draws on a bitmap (Java2D, headless), twice the chart's size, for PNG copies of the report's charts. */
public final class PngCanvas implements Canvas {

    private static final double SCALE = 2;
    private final BufferedImage image;
    private final Graphics2D g;

    public PngCanvas(int width, int height) {
        image = new BufferedImage((int) (width * SCALE), (int) (height * SCALE), BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(SCALE, SCALE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    /** Draws the chart and writes it as a PNG file. */
    public static void write(Chart chart, Path file) {
        PngCanvas c = new PngCanvas(chart.width(), chart.height());
        chart.draw(c);
        c.g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(c.image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + file + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(file, png.toByteArray());
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    private void stroke(String colour, double width, double dash) {
        g.setColor(color(colour));
        g.setStroke(dash > 0 ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {(float) dash, (float) (dash * 0.6)}, 0f) : new BasicStroke((float) width));
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke) {
        g.setColor(color(fill));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        if (stroke != null) {
            stroke(stroke, 1, 0);
            g.draw(new Rectangle2D.Double(x, y, w, h));
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, double dash) {
        stroke(stroke, width, dash);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width, double dash) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        stroke(stroke, width, dash);
        g.draw(p);
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke) {
        shape(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), fill, stroke);
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, String stroke) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        p.closePath();
        shape(p, fill, stroke);
    }

    private void shape(java.awt.Shape s, String fill, String stroke) {
        if (!"none".equals(fill)) {
            g.setColor(color(fill));
            g.fill(s);
        }
        if (stroke != null) {
            stroke(stroke, 1, 0);
            g.draw(s);
        }
    }

    @Override
    public void text(double x, double y, String s, double size, Align align, boolean bold, String fill,
                     boolean vertical) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
        g.setColor(color(fill));
        double w = g.getFontMetrics().getStringBounds(s, g).getWidth();
        double shift = align == Align.START ? 0 : align == Align.MIDDLE ? w / 2 : w;
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (vertical) {
            g.rotate(-Math.PI / 2);
        }
        g.drawString(s, (float) -shift, 0f);
        g.setTransform(saved);
    }
}
