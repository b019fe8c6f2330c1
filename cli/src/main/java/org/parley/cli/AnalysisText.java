package org.parley.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.analysis.Analysis;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.forecast.ConvergenceWords;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.IssueConvergence;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Decimals;

/** The analysis document as text: forecasts per model and in words, package verdicts, the deal space in words. */
final class AnalysisText {

    /** The models whose forecasts are also given in the words of each issue's anchors. */
    static final List<String> IN_WORDS = List.of("compromise", "bdm", "exchange", "smp");

    /** The width the verdict's paragraphs are wrapped to. */
    static final int WIDTH = 110;

    private AnalysisText() {
    }

    /** A paragraph broken at spaces into lines of at most {@code width} characters. */
    static String wrap(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : paragraph.split(" ")) {
            if (line > 0 && line + 1 + word.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.append('\n').toString();
    }

    static String render(Scenario s, Analysis a) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(s.name() == null ? "Scenario" : s.name())
                .append(s.asOf() == null ? "" : " (as of " + s.asOf() + ")").append(" ==\n");
        b.append(s.actors().size()).append(" actors, ").append(s.issues().size()).append(" issues, ")
                .append(s.packages().size()).append(" packages.\n\n");
        if (a.verdict() != null && !a.verdict().summary().isEmpty()) {
            b.append("Verdict\n");
            a.verdict().summary().forEach(p -> b.append(wrap(p, WIDTH)).append('\n'));
            b.append("(Details follow; docs/glossary.md explains margin, no-deal value, zone of agreement, Nash and "
                    + "distance.)\n\n");
        }
        b.append(forecasts(s, a.forecasts()));
        if (!a.packages().isEmpty()) {
            b.append(packages(s, a));
        }
        if (a.deals() != null) {
            b.append('\n').append(ScenarioDealsText.render(s, a.deals(), a.packages()));
        }
        return b.toString();
    }

    /**
     * The forecasts per model and in words; a forecast that did not settle on an issue is shown as its range
     * ({@code 40.7-90 ~}), never as a point, with one warning line per such model under the tables.
     */
    private static String forecasts(Scenario s, List<Forecast> forecasts) {
        StringBuilder b = new StringBuilder("Forecasts per issue\n");
        List<String> header = new ArrayList<>(List.of("issue"));
        forecasts.forEach(f -> header.add(f.model()));
        TextTable t = new TextTable(header);
        boolean anyRange = false;
        for (Issue issue : s.issues()) {
            List<String> row = new ArrayList<>(List.of(issue.id()));
            for (Forecast f : forecasts) {
                Double x = f.forecast().get(issue.id());
                IssueConvergence c = f.convergence().issues().get(issue.id());
                boolean range = x != null && c != null && !c.point();
                anyRange |= range;
                row.add(x == null ? "-" : range ? Decimals.fixed(c.low(), 1) + "-" + Decimals.fixed(c.high(), 1)
                        + " ~" : Decimals.fixed(x, 1));
            }
            t.row(row);
        }
        b.append(t);
        if (anyRange) {
            b.append("~ did not settle: the range the model kept moving in, not a point\n");
        }
        b.append('\n');
        b.append("The forecasts in the words of each issue's anchors\n");
        TextTable words = new TextTable(List.of("issue", "model", "forecast", "in words"));
        for (Issue issue : s.issues()) {
            String first = issue.id();
            for (Forecast f : forecasts) {
                Double x = f.forecast().get(issue.id());
                if (IN_WORDS.contains(f.model()) && x != null) {
                    IssueConvergence c = f.convergence().issues().get(issue.id());
                    boolean point = c == null || c.point();
                    words.row(List.of(first, f.model(), ConvergenceWords.value(x, c, 1), point ? issue.describe(x)
                            : ConvergenceWords.inWords(issue, c)));
                    first = "";
                }
            }
        }
        b.append(words);
        for (Forecast f : forecasts) {
            ConvergenceWords.warning(f).ifPresent(w -> b.append("warning: ").append(w).append('\n'));
        }
        return b.append('\n').toString();
    }

    private static String packages(Scenario s, Analysis a) {
        StringBuilder b = new StringBuilder("Packages against each actor's no-deal value\n");
        for (PackageVerdict v : a.packages()) {
            b.append("- ").append(v.name() == null ? v.id() : v.name() + " [" + v.id() + "]").append(": ");
            if (v.judged() == 0) {
                b.append("no actor has a reservation value, so acceptance cannot be judged\n");
                continue;
            }
            b.append("accepted by ").append(v.acceptedBy().size()).append(" of ").append(v.judged());
            if (v.rejectedBy().isEmpty()) {
                b.append(", every actor prefers it to no deal");
            } else {
                List<String> parts = new ArrayList<>();
                for (String id : v.rejectedBy()) {
                    parts.add(id + " " + Decimals.fixed(v.utilities().get(id), 1) + " < "
                            + Decimals.fixed(s.actor(id).orElseThrow().reservation(), 1));
                }
                b.append("; rejected by ").append(String.join(", ", parts));
            }
            if (!v.blockedBy().isEmpty()) {
                b.append("; blocked by veto parties ").append(String.join(", ", v.blockedBy()));
            }
            b.append('\n');
        }
        Map<String, List<String>> byFavourite = new LinkedHashMap<>();
        a.favourites().forEach((actor, pkg) -> byFavourite.computeIfAbsent(pkg, k -> new ArrayList<>()).add(actor));
        List<String> parts = new ArrayList<>();
        byFavourite.forEach((pkg, actors) -> parts.add(pkg + " (" + String.join(", ", actors) + ")"));
        return b.append("Favourite package: ").append(String.join("; ", parts)).append('\n').toString();
    }
}
