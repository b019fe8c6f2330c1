package org.parley.report.chart;

import java.util.List;

/**
 * Colour-blind-safe colours: the Okabe-Ito palette for series (Okabe and Ito 2008), and blue-white-orange and
 * white-blue ramps for values, with text colour chosen for contrast.
 */
public final class Palette {

    /** Okabe-Ito, in the order series take them: orange, sky blue, green, blue, vermillion, purple, yellow, black. */
    public static final List<String> SERIES = List.of("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00",
            "#CC79A7", "#F0E442", "#000000");
    /** Axis, grid and text colours. */
    public static final String INK = "#222222";
    public static final String GRID = "#DDDDDD";
    public static final String MUTED = "#777777";

    /** Packages, in scenario order: vermillion, reddish purple, bluish green, orange, sky blue, yellow (Okabe-Ito). */
    public static final List<String> PACKAGES = List.of("#D55E00", "#CC79A7", "#009E73", "#E69F00", "#56B4E9",
            "#F0E442");
    /** Highlighted actors (the veto parties): blue, vermillion, bluish green, reddish purple, orange, sky blue. */
    public static final List<String> ACTORS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9");
    /** Actors drawn without emphasis, and the status quo. */
    public static final String GREY = "#9A9A9A";
    public static final String STATUS_QUO = "#666666";

    private static final int[] BLUE = {0x00, 0x72, 0xB2};
    private static final int[] PALE_BLUE = {0xC6, 0xDB, 0xEF};
    private static final int[] DARK_BLUE = {0x08, 0x30, 0x6B};
    private static final int[] ORANGE = {0xD5, 0x5E, 0x00};
    private static final int[] WHITE = {0xFF, 0xFF, 0xFF};

    private Palette() {
    }

    /** The colour of series {@code k}; beyond eight, colours repeat (charts then vary the dash too). */
    public static String series(int k) {
        return SERIES.get(k % SERIES.size());
    }

    /** The colour of package {@code k}; past the sixth, colours repeat (labels tell them apart). */
    public static String pkg(int k) {
        return PACKAGES.get(k % PACKAGES.size());
    }

    /** The colour of highlighted actor {@code k}; past the sixth, colours repeat (labels tell them apart). */
    public static String actor(int k) {
        return ACTORS.get(k % ACTORS.size());
    }

    /** Shade {@code k} of {@code n} from pale to dark blue: series told apart by their order, one hue. */
    public static String ramp(int k, int n) {
        return mix(PALE_BLUE, DARK_BLUE, n <= 1 ? 0.6 : 0.15 + 0.85 * k / (n - 1));
    }

    /** {@code hex} mixed halfway with white: a paler version of a colour. */
    public static String lighter(String hex) {
        int[] c = {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)};
        return mix(c, WHITE, 0.55);
    }

    /** A diverging colour for {@code v} in {@code [-limit, limit]}: orange below 0, white at 0, blue above. */
    public static String diverging(double v, double limit) {
        double t = Math.max(-1, Math.min(1, v / limit));
        return t < 0 ? mix(WHITE, ORANGE, -t) : mix(WHITE, BLUE, t);
    }

    /** A sequential colour for {@code t} in {@code [0, 1]}: white to blue. */
    public static String sequential(double t) {
        return mix(WHITE, BLUE, Math.max(0, Math.min(1, t)));
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static String textOn(String background) {
        int r = Integer.parseInt(background.substring(1, 3), 16);
        int g = Integer.parseInt(background.substring(3, 5), 16);
        int b = Integer.parseInt(background.substring(5, 7), 16);
        return 0.299 * r + 0.587 * g + 0.114 * b < 140 ? "#FFFFFF" : "#000000";
    }

    private static String mix(int[] a, int[] b, double t) {
        return String.format(java.util.Locale.ROOT, "#%02X%02X%02X", Math.round(a[0] + (b[0] - a[0]) * t),
                Math.round(a[1] + (b[1] - a[1]) * t), Math.round(a[2] + (b[2] - a[2]) * t));
    }
}
