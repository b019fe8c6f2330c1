package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules by which a command's documented output is compared with what it printed, and by which update mode
 * rewrites it.
 *
 * <p>Documented lines must match the printed lines in order. A documented line that is {@code ...} (spaces around
 * allowed) stands for any number of printed lines, so a page may show excerpts; {@code ...} inside a line stands
 * for any text within that line. Trailing spaces never count. Before comparing, both sides go through the short
 * list of volatile tokens in {@link #VOLATILE} (run ids, timestamps, elapsed times); every other character,
 * every result number above all, must be equal. When the printed output holds an elapsed time, table columns
 * may widen with it, so lines are then compared with runs of spaces and of dashes squeezed.
 */
final class DocOutput {

    /** A documented line that stands for any number of printed lines. */
    static final String ELLIPSIS = "...";

    /** Volatile tokens, replaced on both sides before comparing: the explicit and complete list. */
    static final List<Map.Entry<Pattern, String>> VOLATILE = List.of(
            // run ids: "(run 12)", "recorded as run 4", "Run 1 -> run 2"
            Map.entry(Pattern.compile("\\b([Rr]un) \\d+\\b"), "$1 N"),
            // timestamps: "2026-12-05 07:58:06", "2026-12-05T07:58:03.645Z"
            Map.entry(Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z?"), "<time>"),
            // elapsed times as Parley prints them: "958 ms", "1.2 s", and the rate after a progress bar
            Map.entry(Pattern.compile("\\b\\d+ ms\\b|\\b\\d+\\.\\d s\\b"), "<elapsed>"),
            Map.entry(Pattern.compile("\\b\\d+ sessions/s\\b"), "<rate> sessions/s"));

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    private static final Pattern ELAPSED = Pattern.compile("\\b\\d+ ms\\b|\\b\\d+\\.\\d s\\b");

    private DocOutput() {
    }

    /**
     * What a terminal shows of a run, given everything the command wrote to standard output and standard error in
     * the order it wrote it: each line as left after its last carriage return (a progress bar's final state),
     * {@code tmp} (the test's stand-in for /tmp) written back as /tmp, trailing spaces and trailing blank lines
     * dropped.
     */
    static List<String> shown(String printed, List<String> tmp) {
        List<String> lines = new ArrayList<>(lines(printed, tmp));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<String> lines(String text, List<String> tmp) {
        String t = text;
        for (String dir : tmp) {
            t = t.replace(dir, "/tmp");
        }
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : t.split("\n", -1)) {
            lines.add(line.substring(line.lastIndexOf('\r') + 1).stripTrailing());
        }
        if (t.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** A line with the volatile tokens replaced and trailing spaces dropped. */
    static String normal(String line) {
        String s = line.stripTrailing();
        for (Map.Entry<Pattern, String> v : VOLATILE) {
            s = v.getKey().matcher(s).replaceAll(v.getValue());
        }
        return s;
    }

    private static boolean ellipsis(String line) {
        return line.strip().equals(ELLIPSIS);
    }

    /** Whether the documented output matches the printed lines. */
    static boolean matches(List<String> documented, List<String> printed) {
        return new Comparison(documented, printed).matches();
    }

    /** Why the documented output does not match: the first documented line not found in order, or null. */
    static String mismatch(List<String> documented, List<String> printed) {
        Comparison c = new Comparison(documented, printed);
        if (c.matches()) {
            return null;
        }
        int at = 0;
        for (String d : documented) {
            if (ellipsis(d)) {
                continue;
            }
            int found = -1;
            for (int j = at; j < printed.size() && found < 0; j++) {
                if (c.line(d, printed.get(j))) {
                    found = j;
                }
            }
            if (found < 0) {
                return "documented line not printed (in this order): " + d;
            }
            at = found + 1;
        }
        return documented.stream().anyMatch(DocOutput::ellipsis)
                ? "the first or last documented lines are not the first or last printed ones"
                : "more lines were printed than documented (end the excerpt with a '...' line to show fewer)";
    }

    /**
     * The documented output brought up to date: unchanged when it matches; else every excerpt ({@code ...}) kept
     * where the lines around it can still be placed in the printed output, with the printed lines in place of the
     * documented ones that changed (and lines printed before the first or after the last excerpt added); else the
     * printed output in full.
     */
    static List<String> update(List<String> documented, List<String> printed) {
        Comparison c = new Comparison(documented, printed);
        if (c.matches()) {
            return documented;
        }
        List<List<String>> segments = segments(documented);
        if (segments.size() == 1) {
            return printed;
        }
        List<String> marks = documented.stream().filter(DocOutput::ellipsis).toList();
        int last = segments.size() - 1;
        int[] after = new int[segments.size() + 1];
        for (int s = last; s >= 0; s--) {
            after[s] = after[s + 1] + segments.get(s).size();
        }
        List<String> out = new ArrayList<>();
        int pos = 0;
        for (int s = 0; s <= last; s++) {
            List<String> seg = segments.get(s);
            if (!seg.isEmpty()) {
                int p = c.best(seg, pos, printed.size() - after[s]);
                if (p < 0) {
                    return printed;
                }
                if (s == 0) {
                    out.addAll(printed.subList(0, p));
                }
                out.addAll(c.merge(seg, p));
                pos = p + seg.size();
                if (s == last) {
                    out.addAll(printed.subList(pos, printed.size()));
                }
            }
            if (s < last) {
                out.add(marks.get(s));
            }
        }
        return matches(out, printed) ? out : printed;
    }

    /** The documented lines cut at every {@code ...} line: always one more segment than there are marks. */
    private static List<List<String>> segments(List<String> documented) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String d : documented) {
            if (ellipsis(d)) {
                segments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(d);
            }
        }
        segments.add(current);
        return segments;
    }

    /** One comparison of documented lines with printed ones. */
    private static final class Comparison {
        private final List<String> documented;
        private final List<String> printed;
        private final boolean loose;

        Comparison(List<String> documented, List<String> printed) {
            this.documented = documented;
            this.printed = printed;
            this.loose = printed.stream().anyMatch(l -> ELAPSED.matcher(l).find());
        }

        boolean line(String doc, String shown) {
            String d = normal(doc);
            String a = normal(shown);
            if (loose) {
                d = squeeze(d);
                a = squeeze(a);
            }
            if (!d.contains(ELLIPSIS)) {
                return d.equals(a);
            }
            StringBuilder regex = new StringBuilder();
            for (String part : d.split(Pattern.quote(ELLIPSIS), -1)) {
                if (regex.length() > 0) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(part));
            }
            return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(a).matches();
        }

        private static String squeeze(String s) {
            return s.replaceAll(" +", " ").replaceAll("-{2,}", "--");
        }

        boolean at(List<String> seg, int p) {
            for (int i = 0; i < seg.size(); i++) {
                if (!line(seg.get(i), printed.get(p + i))) {
                    return false;
                }
            }
            return true;
        }

        boolean matches() {
            List<List<String>> segments = segments(documented);
            if (segments.size() == 1) {
                return documented.size() == printed.size() && at(documented, 0);
            }
            List<String> first = segments.get(0);
            List<String> last = segments.get(segments.size() - 1);
            int hi = printed.size() - last.size();
            if (first.size() > hi || !at(first, 0) || !at(last, hi)) {
                return false;
            }
            int pos = first.size();
            for (int s = 1; s < segments.size() - 1; s++) {
                List<String> seg = segments.get(s);
                int found = -1;
                for (int p = pos; p + seg.size() <= hi && found < 0; p++) {
                    if (at(seg, p)) {
                        found = p;
                    }
                }
                if (found < 0) {
                    return false;
                }
                pos = found + seg.size();
            }
            return true;
        }

        /** The documented segment placed at {@code p}: each line kept where it still matches, else the printed. */
        List<String> merge(List<String> seg, int p) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < seg.size(); i++) {
                out.add(line(seg.get(i), printed.get(p + i)) ? seg.get(i) : printed.get(p + i));
            }
            return out;
        }

        /**
         * Where a segment fits best between {@code from} and {@code to}: most lines matching, a line similar to the
         * printed one counting half; -1 when no line fits anywhere.
         */
        int best(List<String> seg, int from, int to) {
            int best = -1;
            double score = 0;
            for (int p = from; p <= to; p++) {
                double s = 0;
                for (int i = 0; i < seg.size(); i++) {
                    String d = seg.get(i);
                    String a = printed.get(p + i);
                    s += line(d, a) ? 1 : similar(normal(d), normal(a)) ? 0.5 : 0;
                }
                if (s > score) {
                    score = s;
                    best = p;
                }
            }
            return best;
        }

        /** The same line with other numbers, or lines that start alike for at least 12 characters. */
        private static boolean similar(String d, String a) {
            if (NUMBER.matcher(d).replaceAll("#").equals(NUMBER.matcher(a).replaceAll("#"))) {
                return true;
            }
            int n = 0;
            while (n < d.length() && n < a.length() && d.charAt(n) == a.charAt(n)) {
                n++;
            }
            return n >= 12;
        }
    }
}
