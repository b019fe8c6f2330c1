package org.parley.core.phasing;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.exec.BatchRunner;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;

/**
 * Whether each package of a scenario with a phasing section can be reached in yearly stages that stay self-enforcing
 * (Lockwood and Thomas 2002; docs/models/phasing.md), and, for a package some veto party blocks, whether its nearest
 * variant every veto party accepts can: the designs {@code parley analyze} reports, one stage a year from the
 * phasing section's start to its end.
 */
public record PhasingReview(int stages, List<PackagePhasing> packages) {

    public PhasingReview {
        packages = List.copyOf(packages);
    }

    /**
     * One package's phasing: the design for the package as given (null when it is the status quo) and, when a veto
     * party blocks it and a repair exists, for its repair (else null), with the sentences that say so.
     */
    public record PackagePhasing(String packageId, PhaseResult asGiven, PhaseResult repaired, List<String> sentences) {

        public PackagePhasing {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * The review of every package, given their verdicts (each carrying the deal space's repair), the designs run as
     * independent tasks on {@code runner}; null when the scenario has no phasing section with a start and an end.
     */
    public static PhasingReview of(Scenario s, List<PackageVerdict> verdicts, PhasingOptions o, BatchRunner runner) {
        if (s.phasing() == null || s.phasing().start() == null || s.phasing().end() == null) {
            return null;
        }
        int stages = (int) Math.round(s.phasing().end() - s.phasing().start());
        if (stages < 1) {
            return null;
        }
        List<Package> targets = new ArrayList<>();
        for (PackageVerdict v : verdicts) {
            Package p = s.pkg(v.id()).orElseThrow();
            boolean repairable = !v.blockedBy().isEmpty() && v.repair() != null && v.repair().exists();
            targets.add(atStatusQuo(s, p) ? null : p);
            targets.add(atStatusQuo(s, p) || !repairable ? null : PhasingAnalysis.repaired(p, v.repair()));
        }
        List<PhaseResult> designs = runner.run(targets.size(), k -> targets.get(k) == null ? null
                : PhasingAnalysis.design(s, targets.get(k), stages, o));
        List<PackagePhasing> out = new ArrayList<>();
        for (int k = 0; k < verdicts.size(); k++) {
            String id = verdicts.get(k).id();
            PhaseResult given = designs.get(2 * k);
            PhaseResult repaired = designs.get(2 * k + 1);
            out.add(given == null ? new PackagePhasing(id, null, null, List.of("Package '" + id + "' is the status "
                    + "quo on every issue: nothing to phase.")) : new PackagePhasing(id, given, repaired,
                    sentences(given, repaired)));
        }
        return new PhasingReview(stages, out);
    }

    private static boolean atStatusQuo(Scenario s, Package p) {
        double[] x = org.parley.core.utility.Outcomes.of(s, p);
        for (int d = 0; d < x.length; d++) {
            Double sq = s.issues().get(d).statusQuo();
            if (sq == null || sq != x[d]) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sentences(PhaseResult given, PhaseResult repaired) {
        List<String> out = new ArrayList<>();
        out.add(PhasingWords.verdict(given));
        List<String> tempted = PhasingWords.temptation(given);
        if (!tempted.isEmpty()) {
            out.add(tempted.get(0));
        }
        List<String> change = PhasingWords.change(given);
        if (!change.isEmpty()) {
            out.add(change.get(0));
        }
        if (repaired != null) {
            out.add("Its nearest variant every veto party accepts: " + lowerFirst(PhasingWords.verdict(repaired)));
        }
        return out;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
