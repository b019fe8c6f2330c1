package org.parley.core.phasing;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.exec.BatchRunner;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Problem;
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
     * One package's phasing: the design for the package as given (null when it is the status quo, or when the
     * scenario lacks what phasing needs: its sentence then names the missing fields) and, when a veto party blocks it
     * and a repair exists, for its repair (else null), with the sentences that say so.
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
        List<Problem> powerProblems = PowerShift.problems(s);
        PowerShiftCheck power = powerProblems.isEmpty() ? PowerShift.check(s) : null;
        List<Package> targets = new ArrayList<>();
        List<List<Problem>> problems = new ArrayList<>();
        for (PackageVerdict v : verdicts) {
            Package p = s.pkg(v.id()).orElseThrow();
            boolean repairable = !v.blockedBy().isEmpty() && v.repair() != null && v.repair().exists();
            Package given = atStatusQuo(s, p) ? null : p;
            Package repaired = given == null || !repairable ? null : PhasingAnalysis.repaired(p, v.repair());
            for (Package target : java.util.Arrays.asList(given, repaired)) {
                problems.add(target == null ? List.of() : PhasedDeal.problems(s, target, null));
                targets.add(target);
            }
        }
        List<PhaseResult> designs = runner.run(targets.size(), k -> targets.get(k) == null
                || !problems.get(k).isEmpty() ? null
                : PhasingAnalysis.design(PhasedDeal.of(s, targets.get(k), null), stages, o, power));
        List<PackagePhasing> out = new ArrayList<>();
        for (int k = 0; k < verdicts.size(); k++) {
            String id = verdicts.get(k).id();
            PhaseResult given = designs.get(2 * k);
            PhaseResult repaired = designs.get(2 * k + 1);
            List<String> sentences;
            if (targets.get(2 * k) == null) {
                sentences = List.of("Package '" + id + "' is the status quo on every issue: nothing to phase.");
            } else if (given == null) {
                sentences = List.of(unphased("Package '" + id + "'", problems.get(2 * k)));
            } else {
                sentences = sentences(given, repaired);
                if (targets.get(2 * k + 1) != null && repaired == null) {
                    sentences.add(unphased("Its nearest variant every veto party accepts",
                            problems.get(2 * k + 1)));
                }
                if (!powerProblems.isEmpty()) {
                    sentences.add("Powell's power-shift check was left out: " + join(powerProblems) + ".");
                }
            }
            out.add(new PackagePhasing(id, given, repaired, sentences));
        }
        return new PhasingReview(stages, out);
    }

    /** Why a package was not phased: the scenario's problems, with their paths, as one sentence. */
    private static String unphased(String what, List<Problem> problems) {
        return what + " was not phased: " + join(problems) + ".";
    }

    private static String join(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::toString).toList());
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
