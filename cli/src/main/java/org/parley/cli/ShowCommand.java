package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.analysis.ScenarioOverview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.io.json.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley show SCENARIO}: the actors x issues table, and each package's utility and acceptance per actor. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show the actors x issues table (position/salience), and for each package every actor's "
                + "utility (0-100), its margin over the actor's reservation value, and who accepts or rejects it.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioArgs args;

    @Override
    public Integer call() {
        try (Recorder rec = args.recorder(spec)) {
            Scenario s = args.read(rec);
            ScenarioOverview overview = rec.attempt(() -> ScenarioOverview.of(s), Map.of());
            String json = ResultJson.write(overview);
            rec.ok(json, Map.of());
            PrintWriter out = spec.commandLine().getOut();
            out.print(args.json ? json : render(s, overview));
            out.flush();
        }
        return Parley.OK;
    }

    static String render(Scenario s, ScenarioOverview review) {
        StringBuilder b = new StringBuilder();
        b.append(s.name() == null ? "Scenario" : s.name()).append('\n');
        b.append(s.actors().size()).append(" actors, ").append(s.issues().size()).append(" issues, ")
                .append(s.packages().size()).append(" packages; utility: ").append(s.loss().word())
                .append(" loss\n\n");
        b.append(stanceTable(s)).append('\n');
        if (!s.packages().isEmpty()) {
            b.append(packageTable(s, review));
        }
        return b.toString();
    }

    /** Actors as rows, issues as columns, "position/salience" in the cells. */
    static String stanceTable(Scenario s) {
        List<String> header = new ArrayList<>(List.of("actor", "capability", "reservation"));
        s.issues().forEach(i -> header.add(i.id()));
        TextTable t = new TextTable(header);
        for (Actor a : s.actors()) {
            List<String> row = new ArrayList<>(List.of(a.id() + (a.veto() ? "*" : ""), num(a.capability()),
                    a.hasReservation() ? TextTable.one(a.reservation()) : "-"));
            for (Issue i : s.issues()) {
                Stance st = a.stances().get(i.id());
                row.add(st == null ? "-" : num(st.position()) + "/" + num(st.salience()));
            }
            t.row(row);
        }
        String note = s.actors().stream().anyMatch(Actor::veto) ? "* veto party\n" : "";
        return "Stances (position/salience; salience 0-100)\n" + t + note;
    }

    /** Packages as columns, actors as rows, utility with an A/R mark for accept or reject. */
    static String packageTable(Scenario s, ScenarioOverview review) {
        List<String> header = new ArrayList<>(List.of("actor", "reservation"));
        review.packages().forEach(v -> header.add(v.id()));
        header.add("favourite");
        TextTable t = new TextTable(header);
        for (Actor a : s.actors()) {
            List<String> row = new ArrayList<>(List.of(a.id(), a.hasReservation() ? TextTable.one(a.reservation())
                    : "-"));
            for (PackageVerdict v : review.packages()) {
                String mark = v.acceptedBy().contains(a.id()) ? " A" : v.rejectedBy().contains(a.id()) ? " R" : "";
                row.add(TextTable.one(v.utilities().get(a.id())) + mark);
            }
            row.add(review.favourites().getOrDefault(a.id(), "-"));
            t.row(row);
        }
        StringBuilder b = new StringBuilder("Packages (utility 0-100; A accepts, R rejects: utility vs reservation)\n");
        b.append(t);
        for (PackageVerdict v : review.packages()) {
            b.append(v.id()).append(": accepted by ").append(v.acceptedBy().size()).append(" of ").append(v.judged());
            if (!v.rejectedBy().isEmpty()) {
                b.append("; rejected by ");
                List<String> parts = new ArrayList<>();
                for (String id : v.rejectedBy()) {
                    parts.add(id + " (" + TextTable.one(v.margins().get(id)) + ")");
                }
                b.append(String.join(", ", parts));
            }
            if (!v.blockedBy().isEmpty()) {
                b.append("; blocked by veto parties ").append(String.join(", ", v.blockedBy()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String num(double x) {
        return org.parley.io.text.Numbers.format(Math.round(x * 100) / 100.0);
    }
}
