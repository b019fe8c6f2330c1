package org.parley.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.parley.report.chart.Canvas.Align;

/**
 * Small multiples of a model's rounds: one panel per issue, every actor's position by round as a step line (a
 * position holds until the round in which it changes; nothing suggests a gradual move), whole-number round ticks,
 * highlighted actors in colour and the others grey, each line named at its end (labels stacked so they never
 * overprint, with a leader when moved), and a shaded range where the forecast did not settle.
 *
 * @param positions {@code [issue][actor][round]}, as a share of the issue's scale (null or NaN: the actor takes no
 *                  part in that issue or round; its line is left out)
 * @param ranges    per issue {@code {low, high, fromRound}} of a forecast that did not settle, or null
 */
public record TrajectoryPanels(String id, String title, List<String> issues, List<String> actors,
                               List<String> colours, boolean[] highlighted, double[][][] positions,
                               List<double[]> ranges, String yLabel) implements Chart {

    private static final int COLUMNS = 2;
    private static final int PANEL_WIDTH = 372;
    private static final int PANEL_HEIGHT = 206;
    private static final int AXIS = 34;
    private static final int LABELS = 114;
    private static final int PLOT_HEIGHT = 140;
    private static final int TOP = 40;
    private static final double SIZE = 10;
    private static final double LINE = 12;

    public TrajectoryPanels {
        issues = List.copyOf(issues);
        actors = List.copyOf(actors);
        colours = List.copyOf(colours);
        ranges = java.util.Collections.unmodifiableList(new ArrayList<>(ranges));
    }

    @Override
    public int width() {
        return COLUMNS * PANEL_WIDTH + 24;
    }

    private int rows() {
        return (issues.size() + COLUMNS - 1) / COLUMNS;
    }

    @Override
    public int height() {
        return TOP + rows() * PANEL_HEIGHT + (1 + Legend.rows(keys(), width() - 24)) * (int) Legend.ROW + 12;
    }

    private List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        for (int a = 0; a < actors.size(); a++) {
            if (highlighted[a]) {
                keys.add(Key.line(colours.get(a), false, actors.get(a)));
            }
        }
        keys.add(Key.line(Palette.GREY, false, keys.isEmpty() ? "the actors" : "the other actors"));
        keys.add(Key.area("#E4E4E4", "#999999", "range of a forecast that did not settle"));
        if (namesLeftOut()) {
            keys.add(Key.words("where the names do not fit, only the highlighted actors are named"));
        }
        return keys;
    }

    /** Whether some panel has more line ends than its edge has room to name, so only highlighted ones are. */
    public boolean namesLeftOut() {
        Axis y = new Axis(0, 100, PLOT_HEIGHT, 0);
        for (double[][] lines : positions) {
            if (stack(blocks(lines, y, false), y) == null) {
                return true;
            }
        }
        return false;
    }

    private int rounds() {
        int r = 1;
        for (double[][] issue : positions) {
            for (double[] a : issue) {
                r = a == null ? r : Math.max(r, a.length);
            }
        }
        return r;
    }

    /** One end label: its words (one text per actor id, wrapped into lines) and the height it wants. */
    private record Block(List<Integer> actors, List<List<Integer>> lines, double wanted) {
    }

    @Override
    public void draw(Canvas c) {
        Frame.title(c, title);
        int rounds = rounds();
        for (int i = 0; i < issues.size(); i++) {
            double px = 12 + (i % COLUMNS) * PANEL_WIDTH;
            double py = TOP + (i / COLUMNS) * PANEL_HEIGHT;
            panel(c, i, px, py, rounds);
        }
        double legendY = TOP + rows() * PANEL_HEIGHT + 10;
        c.text(12, legendY, yLabel + "; rounds along the bottom (round 0: the positions given).", 11, Align.START,
                false, Palette.INK, false);
        Legend.draw(c, keys(), 12, legendY + Legend.ROW, width() - 24);
    }

    private void panel(Canvas c, int issue, double px, double py, int rounds) {
        double left = px + AXIS;
        double right = px + PANEL_WIDTH - LABELS - 12;
        double top = py + 22;
        double bottom = top + PLOT_HEIGHT;
        Axis x = new Axis(0, rounds - 1, left, right);
        Axis y = new Axis(0, 100, bottom, top);
        c.text(px, py + 12, issues.get(issue), 12, Align.START, true, Palette.INK, false);
        for (double v : new double[] {0, 50, 100}) {
            c.line(left, y.at(v), right, y.at(v), Palette.GRID, 1, 0);
            c.text(left - 5, y.at(v) + 3.5, Fmt.tick(v), SIZE, Align.END, false, Palette.INK, false);
        }
        for (double r : x.wholeTicks(6)) {
            c.line(x.at(r), bottom, x.at(r), bottom + 4, Palette.INK, 1, 0);
            c.text(x.at(r), bottom + 15, Fmt.tick(r), SIZE, Align.MIDDLE, false, Palette.INK, false);
        }
        c.line(left, bottom, right, bottom, Palette.INK, 1, 0);
        c.line(left, top, left, bottom, Palette.INK, 1, 0);
        double[] range = ranges.get(issue);
        if (range != null) {
            c.begin("range");
            double from = x.at(Math.max(0, Math.min(rounds - 1, range[2])));
            c.rect(from, y.at(range[1]), right - from, Math.max(2, y.at(range[0]) - y.at(range[1])), "#E4E4E4",
                    "#999999");
            c.end();
        }
        double[][] lines = positions[issue];
        c.begin("steps");
        for (int pass = 0; pass < 2; pass++) {
            for (int a = 0; a < actors.size(); a++) {
                if (highlighted[a] != (pass == 1) || lines[a] == null || hasGap(lines[a])) {
                    continue;
                }
                step(c, lines[a], x, y, colours.get(a), highlighted[a] ? 2.2 : 1.2);
            }
        }
        c.end();
        labels(c, lines, y, right);
    }

    private static boolean hasGap(double[] v) {
        for (double p : v) {
            if (Double.isNaN(p)) {
                return true;
            }
        }
        return v.length == 0;
    }

    private static void step(Canvas c, double[] v, Axis x, Axis y, String colour, double width) {
        int n = v.length;
        double[] xs = new double[2 * n - 1];
        double[] ys = new double[2 * n - 1];
        for (int r = 0; r < n; r++) {
            xs[2 * r] = x.at(r);
            ys[2 * r] = y.at(v[r]);
            if (r + 1 < n) {
                xs[2 * r + 1] = x.at(r + 1);
                ys[2 * r + 1] = y.at(v[r]);
            }
        }
        c.polyline(xs, ys, colour, width, 0);
    }

    /** Names every line at its end: actors ending at the same height share a label; highlighted ones in colour. */
    private void labels(Canvas c, double[][] lines, Axis y, double right) {
        List<Block> blocks = blocks(lines, y, false);
        double[] tops = stack(blocks, y);
        if (tops == null) {
            blocks = blocks(lines, y, true);
            tops = stack(blocks, y);
        }
        if (tops == null) {
            return;
        }
        c.begin("end-labels");
        double lx = right + 10;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            double h = block.lines().size() * LINE;
            double centre = tops[b] + h / 2;
            if (Math.abs(centre - block.wanted()) > 1) {
                c.line(right + 1, block.wanted(), lx - 2, centre, Palette.MUTED, 0.8, 0);
            }
            for (int l = 0; l < block.lines().size(); l++) {
                double tx = lx;
                double baseline = tops[b] + l * LINE + TextMetrics.ASCENT * SIZE;
                List<Integer> line = block.lines().get(l);
                for (int k = 0; k < line.size(); k++) {
                    int a = line.get(k);
                    String word = actors.get(a) + (k + 1 < line.size() ? "," : "");
                    c.text(tx, baseline, word, SIZE, Align.START, highlighted[a], highlighted[a] ? colours.get(a)
                            : Palette.MUTED, false);
                    tx += TextMetrics.width(word + " ", SIZE, true);
                }
            }
        }
        c.end();
    }

    private double[] stack(List<Block> blocks, Axis y) {
        double[] wanted = new double[blocks.size()];
        double[] heights = new double[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            wanted[b] = blocks.get(b).wanted();
            heights[b] = blocks.get(b).lines().size() * LINE;
        }
        return SideLabels.stack(wanted, heights, 1, y.to() - 14, y.from() + 14);
    }

    /** Actors grouped by where their line ends (within half a pixel), each group's ids wrapped into lines. */
    private List<Block> blocks(double[][] lines, Axis y, boolean highlightedOnly) {
        List<Block> out = new ArrayList<>();
        boolean[] done = new boolean[actors.size()];
        for (int a = 0; a < actors.size(); a++) {
            if (done[a] || lines[a] == null || hasGap(lines[a]) || highlightedOnly && !highlighted[a]) {
                continue;
            }
            double end = y.at(lines[a][lines[a].length - 1]);
            List<Integer> group = new ArrayList<>();
            for (int b = a; b < actors.size(); b++) {
                if (!done[b] && lines[b] != null && !hasGap(lines[b]) && (!highlightedOnly || highlighted[b])
                        && Math.abs(y.at(lines[b][lines[b].length - 1]) - end) < 0.5) {
                    group.add(b);
                    done[b] = true;
                }
            }
            out.add(new Block(group, wrap(group), end));
        }
        return out;
    }

    private List<List<Integer>> wrap(List<Integer> group) {
        List<List<Integer>> lines = new ArrayList<>();
        List<Integer> line = new ArrayList<>();
        double used = 0;
        for (int a : group) {
            double w = TextMetrics.width(actors.get(a) + ", ", SIZE, true);
            if (!line.isEmpty() && used + w > LABELS - 6) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            line.add(a);
            used += w;
        }
        lines.add(line);
        return lines;
    }
}
