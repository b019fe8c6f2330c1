package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.phasing.Hostage;
import org.parley.core.phasing.Incentive;
import org.parley.core.phasing.PartyStake;
import org.parley.core.phasing.PhaseResult;
import org.parley.core.phasing.PhaseStage;
import org.parley.core.phasing.PhasingWords;
import org.parley.core.phasing.PowerShiftCheck;
import org.parley.core.phasing.PowerStep;
import org.parley.core.phasing.ScheduleCheck;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Decimals;

/** The text view of a phasing result: the words, the schedule, the slack matrix, the stakes, Powell's steps. */
final class PhaseText {

    private PhaseText() {
    }

    static String render(Scenario s, PhaseResult r) {
        StringBuilder b = new StringBuilder();
        b.append("Phasing ").append(r.packageId()).append(r.packageName() == null ? "" : " (" + r.packageName()
                + ")").append(" from ").append(r.start() == null ? "the status quo" : r.start()).append(", ")
                .append(r.stages()).append(" stages, punishment ").append(r.punishment().word()).append('\n');
        b.append("Verdict: ").append(r.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .append("\n\n");
        for (String sentence : PhasingWords.summary(r)) {
            b.append(wrap(sentence)).append('\n');
        }
        b.append('\n');
        ScheduleCheck sc = r.schedule();
        String which = !r.designed() ? "The schedule" : r.design().fastest() != null
                ? "The fastest self-enforcing schedule" : "The schedule with the largest minimum slack (none holds)";
        b.append(which).append(" (cumulative terms after each stage)\n").append(schedule(s, sc)).append('\n');
        b.append("Slack per stage (utility points a year; negative: the party gains by defecting there)\n")
                .append(slack(sc)).append('\n');
        b.append("Stakes once the package is complete (utility points a year)\n").append(stakes(r)).append('\n');
        if (r.change() != null && !r.change().hostages().isEmpty()) {
            b.append("Smallest hostages\n").append(hostages(r)).append('\n');
        }
        if (r.powerShift() != null) {
            b.append(powell(r.powerShift())).append('\n');
        }
        return b.toString();
    }

    private static String schedule(Scenario s, ScheduleCheck sc) {
        List<String> header = new ArrayList<>(List.of("stage", "year"));
        s.issues().forEach(i -> header.add(i.id()));
        header.add("moves");
        TextTable t = new TextTable(header);
        for (PhaseStage st : sc.stages()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(st.stage()), PhasingWords.year(st.year())));
            for (Issue i : s.issues()) {
                row.add(TextTable.one(st.terms().get(i.id())));
            }
            List<String> moves = new ArrayList<>();
            st.moves().forEach((issue, by) -> moves.add(issue + (by.isEmpty() ? "" : " by " + String.join("+", by))));
            String label = st.label() == null ? "" : st.label() + (moves.isEmpty() ? "" : ": ");
            row.add(label + String.join(", ", moves));
            t.row(row);
        }
        return t.toString();
    }

    private static String slack(ScheduleCheck sc) {
        List<String> header = new ArrayList<>(List.of("stage", "year"));
        header.addAll(sc.slack().keySet());
        TextTable t = new TextTable(header);
        for (int k = 1; k < sc.stages().size(); k++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(k),
                    PhasingWords.year(sc.stages().get(k).year())));
            for (List<Double> col : sc.slack().values()) {
                row.add(Decimals.fixed(col.get(k - 1), 2));
            }
            t.row(row);
        }
        Incentive b = sc.binding();
        return t + "minimum " + Decimals.fixed(sc.minSlack(), 2) + " (" + b.actor() + ", stage " + b.stage() + ")\n";
    }

    private static String stakes(PhaseResult r) {
        TextTable t = new TextTable(List.of("party", "discount", "others' concessions", "own concessions",
                "at risk after the last stage"));
        for (PartyStake st : r.stakes()) {
            t.row(List.of(st.actor(), TextTable.two(st.discount()), TextTable.one(st.gain()), TextTable.one(st.cost()),
                    TextTable.one(st.atRisk())));
        }
        return t.toString();
    }

    private static String hostages(PhaseResult r) {
        TextTable t = new TextTable(List.of("party", "points a year", "until stage", "term", "units needed",
                "units left"));
        for (Hostage h : r.change().hostages()) {
            if (h.terms().isEmpty()) {
                t.row(List.of(h.actor(), TextTable.two(h.flow()), Integer.toString(h.untilStage()), "-", "-", "-"));
            }
            h.terms().forEach(term -> t.row(List.of(h.actor(), TextTable.two(h.flow()),
                    Integer.toString(h.untilStage()), term.issue(), TextTable.one(term.needed()),
                    TextTable.one(term.room()))));
        }
        return t.toString();
    }

    private static String powell(PowerShiftCheck p) {
        TextTable t = new TextTable(List.of("from", "to", "p from", "p to", "slack", "largest safe fall", "war risk"));
        for (PowerStep st : p.steps()) {
            t.row(List.of(PhasingWords.year(st.fromYear()), PhasingWords.year(st.toYear()),
                    Decimals.fixed(st.pFrom(), 3), Decimals.fixed(st.pTo(), 3), Decimals.fixed(st.slack(), 4),
                    Decimals.fixed(st.largestSafeDrop(), 4), st.warRisk() ? "yes" : "no"));
        }
        return "Power shift (Powell 2006): " + p.declining() + ", cost of war " + p.warCost() + ", discount "
                + p.discount() + "\n" + t;
    }

    /** Wraps a sentence at 118 columns. */
    private static String wrap(String text) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (String w : text.split(" ")) {
            if (col > 0 && col + 1 + w.length() > 118) {
                b.append("\n  ");
                col = 2;
            } else if (col > 0) {
                b.append(' ');
                col++;
            }
            b.append(w);
            col += w.length();
        }
        return b.toString();
    }
}
