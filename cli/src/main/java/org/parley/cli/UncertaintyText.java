package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.uncertainty.Advice;
import org.parley.core.uncertainty.Sensitivity;
import org.parley.core.uncertainty.Sweep;
import org.parley.core.uncertainty.UncertaintyWords;

/** The text views of sweeps, sensitivity analyses and advice: tables for people, sentences from UncertaintyWords. */
final class UncertaintyText {

    private static final String SHADES = " .:-=+*#";

    private UncertaintyText() {
    }

    static String sweep(Scenario s, Sweep sw) {
        StringBuilder b = new StringBuilder();
        long listed = sw.inputs().stream().filter(Sweep.SweptInput::listed).count();
        b.append("Sweep: ").append(sw.draws()).append(" draws of ").append(sw.model()).append(", seed ")
                .append(sw.seed()).append("; ").append(sw.inputs().size()).append(sw.inputs().size() == 1 ? " input varies (" : " inputs vary (").append(listed)
                .append(listed == 1 ? " with its own distribution, " : " with their own distribution, ").append(sw.inputs().size() - listed)
                .append(" by the spread)\n\n");
        TextTable t = new TextTable(List.of("issue", "central", "mean", "median", "80% interval", "95% interval",
                "histogram (scale min to max)"));
        for (Sweep.IssueSpread f : sw.forecasts()) {
            t.row(List.of(f.issue(), TextTable.one(f.central()), TextTable.one(f.mean()), TextTable.one(f.median()),
                    TextTable.one(f.p80().low()) + " to " + TextTable.one(f.p80().high()),
                    TextTable.one(f.p95().low()) + " to " + TextTable.one(f.p95().high()),
                    "|" + spark(f.histogram()) + "|"));
        }
        b.append("Forecasts per issue\n").append(t).append('\n');
        if (!sw.packages().isEmpty()) {
            List<String> header = new ArrayList<>(List.of("package"));
            header.addAll(sw.packages().get(0).accepts().keySet());
            header.add("all veto parties");
            header.add("central");
            TextTable p = new TextTable(header);
            for (Sweep.PackageChance c : sw.packages()) {
                List<String> row = new ArrayList<>(List.of(c.id()));
                c.accepts().values().forEach(v -> row.add(TextTable.one(100 * v) + "%"));
                row.add(TextTable.one(100 * c.allAccept()) + "%");
                row.add(c.centralAccepted() ? "accepted" : "blocked");
                p.row(row);
            }
            b.append("Chance that each veto party accepts each package\n").append(p).append('\n');
        }
        for (Sweep.PackageChance c : sw.packages()) {
            b.append(UncertaintyWords.acceptance(c)).append('\n');
        }
        if (sw.zone() != null) {
            b.append(UncertaintyWords.zone(sw.zone())).append('\n');
        }
        notes(b, sw.notes());
        return b.toString();
    }

    /** A histogram as one character per bin, darker for more draws. */
    static String spark(Sweep.Histogram h) {
        int max = h.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (int c : h.counts()) {
            int level = max == 0 || c == 0 ? 0 : 1 + (int) ((long) (SHADES.length() - 2) * c / max);
            b.append(SHADES.charAt(Math.min(level, SHADES.length() - 1)));
        }
        return b.toString();
    }

    static String sensitivity(Scenario s, Sensitivity sens, int rows) {
        StringBuilder b = new StringBuilder();
        b.append("Sensitivity of ").append(sens.model()).append(" forecasts and package margins\n\n");
        b.append("Tornado: each input at its low and high value, the others central (widest ").append(rows)
                .append(" per output)\n");
        for (Sensitivity.Tornado t : sens.tornado()) {
            if (t.bars().isEmpty()) {
                continue;
            }
            TextTable table = new TextTable(List.of("input", "low", "high", "output at low", "output at high",
                    "swing"));
            for (Sensitivity.Bar bar : t.bars().subList(0, Math.min(rows, t.bars().size()))) {
                table.row(List.of(bar.input(), TextTable.two(bar.low()), TextTable.two(bar.high()),
                        TextTable.two(bar.atLow()), TextTable.two(bar.atHigh()), TextTable.two(bar.swing())));
            }
            b.append('\n').append(t.output()).append(" (central ").append(TextTable.two(t.central())).append(")\n")
                    .append(table);
        }
        b.append("\nBreak-even values: where a package's verdict (accepted by every veto party) flips\n");
        if (sens.breakEvens().isEmpty()) {
            b.append("No judgement flips a package verdict within its valid range.\n");
        }
        for (Sensitivity.BreakEven be : sens.breakEvens()) {
            b.append("- ").append(be.input()).append(": ").append(UncertaintyWords.breakEven(be)).append("; ")
                    .append(be.method()).append('\n');
        }
        if (!sens.global().isEmpty()) {
            b.append("\nGlobal measures over ").append(sens.draws()).append(" draws (seed ").append(sens.seed())
                    .append("): Spearman rank correlation, first-order and total Sobol indices with 95% intervals\n");
            for (Sensitivity.Global g : sens.global()) {
                if (g.sobol().isEmpty() && g.rankCorrelations().isEmpty()) {
                    continue;
                }
                TextTable table = new TextTable(List.of("input", "rank corr.", "first order", "95% interval",
                        "total", "95% interval"));
                List<String> inputs = new ArrayList<>();
                g.sobol().stream().sorted((x, y) -> Double.compare(y.total(), x.total())).limit(rows)
                        .forEach(x -> inputs.add(x.input()));
                g.rankCorrelations().entrySet().stream()
                        .sorted((x, y) -> Double.compare(Math.abs(y.getValue()), Math.abs(x.getValue())))
                        .map(java.util.Map.Entry::getKey).filter(k -> !inputs.contains(k)).limit(Math.max(0,
                                rows - inputs.size())).forEach(inputs::add);
                for (String in : inputs) {
                    Double r = g.rankCorrelations().get(in);
                    Sensitivity.SobolIndex si = g.sobol().stream().filter(x -> x.input().equals(in)).findFirst()
                            .orElse(null);
                    table.row(List.of(in, r == null ? "-" : TextTable.two(r),
                            si == null ? "-" : TextTable.two(si.first()),
                            si == null ? "-" : TextTable.two(si.firstLow()) + " to " + TextTable.two(si.firstHigh()),
                            si == null ? "-" : TextTable.two(si.total()),
                            si == null ? "-" : TextTable.two(si.totalLow()) + " to " + TextTable.two(si.totalHigh())));
                }
                b.append('\n').append(g.output()).append('\n').append(table);
            }
        }
        notes(b, sens.notes());
        return b.toString();
    }

    static String advice(Scenario s, Advice a, int rows) {
        StringBuilder b = new StringBuilder();
        b.append("Levers for ").append(a.actor()).append(" under ").append(a.model()).append(": its utility of the "
                + "forecast is ").append(TextTable.one(a.utility())).append("; each change at most ")
                .append(TextTable.one(a.step())).append(" points, best per point first\n");
        List<Advice.Lever> forecast = a.levers().stream().filter(l -> l.kind() != Advice.Kind.PACKAGE_TERM).toList();
        List<Advice.Lever> terms = a.levers().stream().filter(l -> l.kind() == Advice.Kind.PACKAGE_TERM).toList();
        b.append("\nOn the forecast (its utility of the ").append(a.model()).append(" outcome)\n");
        b.append(leverTable(forecast, rows, false));
        forecast.stream().limit(3).forEach(l -> b.append("- ").append(UncertaintyWords.lever(l)).append('\n'));
        b.append("\nOn the packages (its utility of each package, and every veto party's verdict after)\n");
        b.append(leverTable(terms, rows, true));
        terms.stream().limit(3).forEach(l -> b.append("- ").append(UncertaintyWords.lever(l)).append('\n'));
        if (a.levers().isEmpty()) {
            b.append("No single change of at most ").append(TextTable.one(a.step()))
                    .append(" points improves its outcome.\n");
        }
        notes(b, a.notes());
        return b.toString();
    }

    private static String leverTable(List<Advice.Lever> levers, int rows, boolean verdicts) {
        List<String> header = new ArrayList<>(List.of("lever", "input", "from", "to", "effect", "per point",
                "method"));
        if (verdicts) {
            header.add("verdict after");
        }
        TextTable t = new TextTable(header);
        for (Advice.Lever l : levers.subList(0, Math.min(rows, levers.size()))) {
            List<String> row = new ArrayList<>(List.of(l.kind().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '), l.path(), TextTable.two(l.from()), TextTable.two(l.to()),
                    "+" + TextTable.two(l.effect()), ScenarioValidator.num(l.perPoint(), 3), l.method()));
            if (verdicts) {
                row.add(Boolean.TRUE.equals(l.acceptedAfter()) ? "accepted" : "blocked");
            }
            t.row(row);
        }
        return t.toString();
    }

    private static void notes(StringBuilder b, List<String> notes) {
        for (String n : notes) {
            b.append("Note: ").append(n).append('\n');
        }
    }
}
