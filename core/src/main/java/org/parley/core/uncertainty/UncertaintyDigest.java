package org.parley.core.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.exec.BatchRunner;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Uncertainty;

/**
 * What a summary of a scenario says about uncertainty, in one typed record: each forecast's 80 % interval, each
 * package's chance of acceptance by every veto party, the chance of a non-empty zone of agreement, and the judgements
 * that matter most for the package verdicts (those that can flip one, by the widest tornado swing of any veto party's
 * margin) with their break-even values. {@code parley analyze} and the report render it through {@link UncertaintyWords}.
 */
public record UncertaintyDigest(String model, int draws, long seed, List<Sweep.IssueSpread> forecasts,
                                List<Sweep.PackageChance> packages, Sweep.ZoneChance zone,
                                List<KeyJudgement> judgements, List<String> notes) {

    public UncertaintyDigest {
        forecasts = List.copyOf(forecasts);
        packages = List.copyOf(packages);
        judgements = List.copyOf(judgements);
        notes = List.copyOf(notes);
    }

    /**
     * One judgement that matters: its path, its widest swing of a veto party's margin (utility points) and on which
     * output, its break-even values (one per package whose verdict it can flip), the {@code low} and {@code high}
     * values it takes in the tornado (null in runs recorded before they were kept), and for every package how its
     * deciding margin moves when the judgement goes from low to high ({@code swings}, the tornado of the verdicts).
     */
    public record KeyJudgement(String input, double swing, String output, List<Sensitivity.BreakEven> breakEvens,
                               Double low, Double high, List<DecidingMargin> swings) {

        public KeyJudgement {
            breakEvens = List.copyOf(breakEvens);
            swings = swings == null ? List.of() : List.copyOf(swings);
        }
    }

    /**
     * A package's deciding margin, {@code min_j (u_j - rv_j)} over the veto parties j (the package passes when every
     * veto party accepts, so when it is at least 0), with the veto party that holds it: at the central values, and
     * with one judgement at its low and at its high tornado value (the others central). Utility points.
     */
    public record DecidingMargin(String packageId, double central, String centralParty, double atLow, String lowParty,
                                 double atHigh, String highParty) {
    }

    /**
     * The digest of a validated scenario: a sweep of {@code draws} draws of {@code model} under the scenario's
     * uncertainty (or +-10 % on every judgement when it has none), and the {@code top} judgements with the widest
     * margin swings.
     */
    public static UncertaintyDigest of(Scenario s, String model, int draws, long seed, int top, BatchRunner runner) {
        Uncertainty u = s.uncertainty().varies() ? s.uncertainty() : Uncertainty.spread(SensitivityAnalysis.DEFAULT_SPREAD);
        Sweep sweep = Sweeps.run(s, u, SweepOptions.defaults(model).withDraws(draws).withSeed(seed), runner, n -> { });
        Sensitivity sens = SensitivityAnalysis.run(s, u, SensitivityOptions.defaults(model).withSeed(seed), runner,
                n -> { }, false);
        List<String> notes = new ArrayList<>(sweep.notes());
        if (!s.uncertainty().varies()) {
            notes.add(0, "the scenario gives no distributions, so every judgement varies by +-10 % (uniform)");
        }
        return new UncertaintyDigest(model, draws, seed, sweep.forecasts(), sweep.packages(), sweep.zone(),
                keyJudgements(sens, top), notes);
    }

    /**
     * The {@code top} inputs that matter most for the package verdicts: those that can flip a verdict within their
     * valid range first, then by the widest swing of any veto party's margin; with their break-even values.
     */
    public static List<KeyJudgement> keyJudgements(Sensitivity sens, int top) {
        Map<String, Sensitivity.Bar> widest = new LinkedHashMap<>();
        Map<String, String> on = new LinkedHashMap<>();
        for (Sensitivity.Tornado t : sens.tornado()) {
            if (!t.output().startsWith("margin ")) {
                continue;
            }
            for (Sensitivity.Bar b : t.bars()) {
                Sensitivity.Bar w = widest.get(b.input());
                if (w == null || b.swing() > w.swing()) {
                    widest.put(b.input(), b);
                    on.put(b.input(), t.output());
                }
            }
        }
        List<Sensitivity.Bar> bars = new ArrayList<>(widest.values());
        java.util.Set<String> flipping = new java.util.HashSet<>();
        sens.breakEvens().forEach(b -> flipping.add(b.input()));
        bars.sort(Comparator.comparing((Sensitivity.Bar b) -> !flipping.contains(b.input()))
                .thenComparing(Comparator.comparingDouble(Sensitivity.Bar::swing).reversed()));
        List<KeyJudgement> out = new ArrayList<>();
        for (Sensitivity.Bar b : bars.subList(0, Math.min(top, bars.size()))) {
            List<Sensitivity.BreakEven> be = sens.breakEvens().stream().filter(x -> x.input().equals(b.input()))
                    .toList();
            out.add(new KeyJudgement(b.input(), b.swing(), on.get(b.input()), be, b.low(), b.high(),
                    decidingMargins(sens, b.input())));
        }
        return out;
    }

    /**
     * Every package's deciding margin at the central values and with {@code input} at its low and high tornado
     * value: the smallest of the veto parties' margins ({@code margin PACKAGE PARTY} outputs, in output order; ties
     * go to the party listed first), each read from the tornado (an output the input does not move keeps its
     * central value).
     */
    static List<DecidingMargin> decidingMargins(Sensitivity sens, String input) {
        Map<String, Sensitivity.Bar> bars = new LinkedHashMap<>();
        for (Sensitivity.Tornado t : sens.tornado()) {
            t.bars().stream().filter(b -> b.input().equals(input)).findFirst().ifPresent(b -> bars.put(t.output(), b));
        }
        Map<String, List<String>> byPackage = new LinkedHashMap<>();
        for (String output : sens.outputs()) {
            String[] part = output.split(" ");
            if (part.length == 3 && part[0].equals("margin")) {
                byPackage.computeIfAbsent(part[1], k -> new ArrayList<>()).add(output);
            }
        }
        List<DecidingMargin> out = new ArrayList<>();
        byPackage.forEach((pkg, outputs) -> {
            String[] party = new String[3];
            double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
            for (String output : outputs) {
                double c = sens.central().get(output);
                Sensitivity.Bar b = bars.get(output);
                double[] v = {c, b == null ? c : b.atLow(), b == null ? c : b.atHigh()};
                for (int k = 0; k < 3; k++) {
                    if (v[k] < min[k]) {
                        min[k] = v[k];
                        party[k] = output.split(" ")[2];
                    }
                }
            }
            out.add(new DecidingMargin(pkg, min[0], party[0], min[1], party[1], min[2], party[2]));
        });
        return out;
    }
}
