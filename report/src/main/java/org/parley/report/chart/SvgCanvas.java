package org.parley.report.chart;

/** Draws as SVG markup: integer-free but fixed-precision coordinates, escaped text, the same bytes every time. */
public final class SvgCanvas implements Canvas {

    private final int width;
    private final int height;
    private final StringBuilder body = new StringBuilder();

    public SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke) {
        body.append("<rect x=\"").append(Fmt.px(x)).append("\" y=\"").append(Fmt.px(y)).append("\" width=\"")
                .append(Fmt.px(w)).append("\" height=\"").append(Fmt.px(h)).append("\" fill=\"").append(fill)
                .append('"').append(stroke == null ? "" : " stroke=\"" + stroke + "\"").append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, double dash) {
        body.append("<line x1=\"").append(Fmt.px(x1)).append("\" y1=\"").append(Fmt.px(y1)).append("\" x2=\"")
                .append(Fmt.px(x2)).append("\" y2=\"").append(Fmt.px(y2)).append('"');
        stroke(stroke, width, dash);
        body.append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width, double dash) {
        body.append("<polyline fill=\"none\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            body.append(i == 0 ? "" : " ").append(Fmt.px(xs[i])).append(',').append(Fmt.px(ys[i]));
        }
        body.append('"');
        stroke(stroke, width, dash);
        body.append("/>\n");
    }

    private void stroke(String stroke, double width, double dash) {
        body.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(Fmt.px(width)).append('"');
        if (dash > 0) {
            body.append(" stroke-dasharray=\"").append(Fmt.px(dash)).append(' ').append(Fmt.px(dash * 0.6))
                    .append('"');
        }
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke) {
        body.append("<circle cx=\"").append(Fmt.px(cx)).append("\" cy=\"").append(Fmt.px(cy)).append("\" r=\"")
                .append(Fmt.px(r)).append("\" fill=\"").append(fill).append('"')
                .append(stroke == null ? "" : " stroke=\"" + stroke + "\"").append("/>\n");
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, String stroke) {
        body.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            body.append(i == 0 ? "" : " ").append(Fmt.px(xs[i])).append(',').append(Fmt.px(ys[i]));
        }
        body.append("\" fill=\"").append(fill).append('"').append(stroke == null ? "" : " stroke=\"" + stroke + "\"")
                .append("/>\n");
    }

    @Override
    public void begin(String cls) {
        body.append("<g class=\"").append(escape(cls)).append("\">\n");
    }

    @Override
    public void end() {
        body.append("</g>\n");
    }

    @Override
    public void text(double x, double y, String s, double size, Align align, boolean bold, String fill,
                     boolean vertical) {
        body.append("<text x=\"").append(Fmt.px(x)).append("\" y=\"").append(Fmt.px(y)).append("\" font-size=\"")
                .append(Fmt.px(size)).append('"');
        if (align != Align.START) {
            body.append(" text-anchor=\"").append(align == Align.MIDDLE ? "middle" : "end").append('"');
        }
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        body.append(" fill=\"").append(fill).append('"');
        if (vertical) {
            body.append(" transform=\"rotate(-90 ").append(Fmt.px(x)).append(' ').append(Fmt.px(y)).append(")\"");
        }
        body.append('>').append(escape(s)).append("</text>\n");
    }

    /** The drawing as one {@code <svg>} element titled for screen readers. */
    public String toSvg(String id, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"svg-" + id + "\" class=\"chart\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" "
                + "aria-labelledby=\"title-" + id + "\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">\n"
                + "<title id=\"title-" + id + "\">" + escape(title) + "</title>\n"
                + "<rect x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" fill=\"#FFFFFF\"/>\n"
                + body + "</svg>";
    }

    /** Text escaped for XML and HTML. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
