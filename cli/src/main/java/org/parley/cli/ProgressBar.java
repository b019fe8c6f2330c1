package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar on standard error for every long command (sweep, sensitivity, tournament), drawn only
 * when {@code interactive}: commands pass {@link #stderrIsTerminal()}, so that a pipe or a file never receives
 * carriage returns and bars. Redrawn at most ten times a second and at the end; its last line gives the elapsed
 * wall time and rate (display only: results never depend on it). Safe to advance from the batch runner's threads.
 */
final class ProgressBar implements IntConsumer {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String label;
    private final String unit;
    private final long total;
    private final long alreadyDone;
    private final boolean interactive;
    private final long started = System.nanoTime();
    private long last = Long.MIN_VALUE;
    private long done;
    private boolean drawn;

    /**
     * A bar for {@code total} items ({@code unit}: "sessions", "runs"), {@code alreadyDone} of them done before this
     * run (a resumed tournament); silent unless {@code interactive}.
     */
    ProgressBar(PrintWriter err, String label, String unit, long total, long alreadyDone, boolean interactive) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.total = total;
        this.alreadyDone = alreadyDone;
        this.done = alreadyDone;
        this.interactive = interactive;
    }

    /**
     * Whether standard error is a terminal: on Linux, whether {@code /proc/self/fd/2} is a terminal device; elsewhere
     * whether Java has a console (stdin and stdout on a terminal).
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // fall back to the console below
        }
        return System.console() != null;
    }

    @Override
    public void accept(int n) {
        advance(n);
    }

    /** Counts {@code n} more finished items. */
    synchronized void advance(long n) {
        done += n;
        if (!interactive) {
            return;
        }
        long now = System.nanoTime();
        if (done >= total || last == Long.MIN_VALUE || now - last >= REDRAW_NANOS) {
            last = now;
            draw();
        }
    }

    private void draw() {
        long shown = Math.min(done, total);
        int filled = total <= 0 ? WIDTH : (int) (WIDTH * shown / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + shown + "/" + total
                + " (" + (total <= 0 ? 100 : 100 * shown / total) + "%)");
        err.flush();
        drawn = true;
    }

    /** Ends the bar's line with the elapsed wall time and the rate; prints nothing when not interactive. */
    synchronized void finish() {
        if (!interactive) {
            return;
        }
        draw();
        double s = (System.nanoTime() - started) / 1e9;
        long ran = done - alreadyDone;
        err.println(String.format(Locale.ROOT, " in %.1f s (%.0f %s/s)", s, s > 0 ? ran / s : 0, unit));
        err.flush();
    }

    /** Whether anything was drawn (for tests). */
    synchronized boolean drawn() {
        return drawn;
    }
}
