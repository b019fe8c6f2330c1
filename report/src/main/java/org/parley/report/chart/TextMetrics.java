package org.parley.report.chart;

/**
 * How much room a text takes, without a font at hand: the advance widths of DejaVu Sans (the report's first font;
 * Verdana, the second, is within a few percent), in thousandths of the font size, with a small margin added, so a
 * chart can place labels that do not overprint in the browser or in the PNG copy.
 */
public final class TextMetrics {

    /** Ascent and descent of DejaVu Sans, as shares of the font size: a text line is their sum high. */
    public static final double ASCENT = 0.93;
    public static final double DESCENT = 0.24;

    /** Added to every width: other fonts of the list and hinting at small sizes run a little wider. */
    private static final double MARGIN = 1.04;

    /** Advance widths of the characters 32 to 126 (DejaVu Sans, 1000 units per em). */
    private static final int[] PLAIN = {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};

    /** Advance widths of the characters 32 to 126 (DejaVu Sans Bold). */
    private static final int[] BOLD = {
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
        1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
        500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838};

    private TextMetrics() {
    }

    /** The width in pixels of {@code s} set at {@code size} pixels. */
    public static double width(String s, double size, boolean bold) {
        int[] table = bold ? BOLD : PLAIN;
        double units = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            units += c >= 32 && c < 127 ? table[c - 32] : 1000;
        }
        return units / 1000 * size * MARGIN;
    }

    /** The height of one line of text set at {@code size} pixels. */
    public static double height(double size) {
        return (ASCENT + DESCENT) * size;
    }

    /** The box a text takes when drawn with its baseline at {@code y}, aligned at {@code x} as {@code align} says. */
    public static Box box(double x, double y, String s, double size, Canvas.Align align, boolean bold) {
        double w = width(s, size, bold);
        double left = align == Canvas.Align.START ? x : align == Canvas.Align.MIDDLE ? x - w / 2 : x - w;
        return new Box(left, y - ASCENT * size, w, height(size));
    }
}
