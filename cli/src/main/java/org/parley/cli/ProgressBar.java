package org.parley.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, redrawn at most ten times a second and once at the end. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long last;
    private long done;

    ProgressBar(PrintWriter err, String label, long total, long alreadyDone) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.done = alreadyDone;
    }

    /** Counts {@code n} more finished items. */
    void advance(long n) {
        done += n;
        long now = System.nanoTime();
        if (done >= total || now - last >= 100_000_000L) {
            last = now;
            draw();
        }
    }

    private void draw() {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " (" + (total == 0 ? 100 : 100 * done / total) + "%)");
        err.flush();
    }

    /** Ends the line with the elapsed wall time and rate (display only; results never depend on it). */
    void finish(long ran) {
        draw();
        double s = (System.nanoTime() - started) / 1e9;
        err.println(String.format(java.util.Locale.ROOT, " in %.1f s (%.0f sessions/s)", s, s > 0 ? ran / s : 0));
        err.flush();
    }
}
