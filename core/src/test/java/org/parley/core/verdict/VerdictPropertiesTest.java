package org.parley.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.PackageRepair;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.Repair;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.deals.SolverBudgets;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;

/**
 * The verdict's claims, checked by applying them to random scenarios: a single-issue fix moves one term and brings
 * every veto party in; when none is given, no value of any single term does; a hinge's break-even flips the verdict
 * and the judgement's value now does not.
 */
class VerdictPropertiesTest {

    @Test
    void a_single_issue_fix_changes_one_term_and_brings_every_veto_party_in() {
        int[] seen = new int[2];
        qt().withExamples(300).withFixedSeed(5).forAll(longs().all()).checkAssert(seed -> {
            for (Loss loss : Loss.values()) {
                Scenario s = RandomScenarios.of(seed, loss);
                Package p = s.packages().get(0);
                PackageVerdict v = review(s, p);
                if (!v.blockedBy().isEmpty()) {
                    IssueFix fix = SingleIssueFixes.cheapest(s, p, ScenarioGrid.vetoParties(s), null);
                    seen[fix == null ? 0 : 1]++;
                    if (fix == null) {
                        assertThat(anySingleValueWorks(s, p)).as("a single term on a fine grid brings every veto "
                                + "party in, but no fix was given (seed " + seed + ", " + loss + ")").isFalse();
                    } else {
                        assertThat(fix.issues()).hasSize(1);
                        String issue = fix.issues().get(0);
                        assertThat(fix.from().get(issue)).isEqualTo(p.terms().get(issue));
                        PackageVerdict after = review(s, with(p, Map.of(issue, fix.to().get(issue))));
                        assertThat(after.blockedBy()).as("seed " + seed + ", " + loss).isEmpty();
                        assertThat(after.rejectedBy()).isEqualTo(fix.stillRejecting());
                    }
                }
            }
        });
        assertThat(seen[0]).as("blocked packages without a single-issue fix").isGreaterThan(20);
        assertThat(seen[1]).as("blocked packages with one").isGreaterThan(20);
    }

    @Test
    void each_hinge_flips_the_verdict_at_its_break_even_and_not_before() {
        int[] seen = new int[2];
        qt().withExamples(300).withFixedSeed(9).forAll(longs().all()).checkAssert(seed -> {
            Scenario s = RandomScenarios.of(seed, Loss.LINEAR);
            Package p = s.packages().get(0);
            PackageVerdict v = review(s, p);
            boolean passes = v.blockedBy().isEmpty();
            Probe probe = new Probe(s, p);
            for (Hinge h : Hinges.of(s, p, v, Verdict.FRAGILE)) {
                seen[h.judgement().equals("reservation") ? 0 : 1]++;
                assertThat(h.flipsTo()).isEqualTo(passes ? "fails" : "passes");
                PackageVerdict flipped = h.judgement().equals("reservation")
                        ? probe.withReservation(h.actor(), h.breakEven())
                        : probe.withSalience(h.actor(), h.issue(), h.breakEven());
                assertThat(flipped.blockedBy().isEmpty()).as("seed " + seed + ": " + h).isNotEqualTo(passes);
                PackageVerdict now = h.judgement().equals("reservation")
                        ? probe.withReservation(h.actor(), h.now())
                        : probe.withSalience(h.actor(), h.issue(), h.now());
                assertThat(now.blockedBy().isEmpty()).isEqualTo(passes);
                assertThat(Math.abs(v.margins().get(h.actor()))).isLessThan(Verdict.FRAGILE);
            }
        });
        assertThat(seen[0]).as("reservation hinges checked").isGreaterThan(10);
        assertThat(seen[1]).as("salience hinges checked").isGreaterThan(10);
    }

    @Test
    void without_a_single_issue_fix_the_fewest_issues_fix_brings_every_veto_party_in_with_no_more_terms_than_the_repair() {
        int[] seen = new int[2];
        qt().withExamples(400).withFixedSeed(11).forAll(longs().all()).checkAssert(seed -> {
            Scenario s = RandomScenarios.of(seed, Loss.LINEAR);
            Package p = s.packages().get(0);
            int[] veto = ScenarioGrid.vetoParties(s);
            if (review(s, p).blockedBy().isEmpty() || SingleIssueFixes.cheapest(s, p, veto, null) != null) {
                return;
            }
            IssueFix fix = FewestIssuesFixes.of(s, p, veto, null, SolverBudgets.defaults());
            Repair repair = PackageRepair.of(s, p, veto, null, 0.05, SolverBudgets.defaults());
            if (repair.exists() && repair.changed().size() < s.issues().size()) {
                assertThat(fix).as("a repair changing %s of %d issues exists (seed %d)", repair.changed(),
                        s.issues().size(), seed).isNotNull();
            }
            if (!repair.exists()) {
                assertThat(fix).as("the zone is empty, so no fix (seed %d)", seed).isNull();
            }
            seen[fix == null ? 0 : 1]++;
            if (fix != null) {
                assertThat(fix.issues().size()).isBetween(2, s.issues().size() - 1);
                if (repair.exists()) {
                    assertThat(fix.issues().size()).isLessThanOrEqualTo(repair.changed().size());
                }
                fix.issues().forEach(i -> assertThat(fix.from().get(i)).isEqualTo(p.terms().get(i)));
                PackageVerdict after = review(s, with(p, fix.to()));
                assertThat(after.blockedBy()).as("seed " + seed).isEmpty();
                assertThat(after.rejectedBy()).isEqualTo(fix.stillRejecting());
                assertThat(fix.vetoMargins().values()).allSatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(0));
            }
        });
        assertThat(seen[1]).as("blocked packages with a fix of the fewest issues").isGreaterThan(10);
    }

    private static boolean anySingleValueWorks(Scenario s, Package p) {
        for (Issue issue : s.issues()) {
            for (int k = 0; k <= 1000; k++) {
                double x = issue.scale().fromPercent(k / 10.0);
                if (review(s, with(p, Map.of(issue.id(), x))).blockedBy().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Package with(Package p, Map<String, Double> change) {
        Map<String, Double> t = new java.util.LinkedHashMap<>(p.terms());
        t.putAll(change);
        return new Package(p.id(), p.name(), p.description(), t);
    }

    private static PackageVerdict review(Scenario s, Package p) {
        return PackageReview.of(s.withPackages(List.of(p))).packages().get(0);
    }

    @Test
    void round_values_are_rounded_in_the_direction_asked() {
        assertThat(Rounding.step(100)).isEqualTo(0.1, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(Rounding.step(1)).isEqualTo(0.001, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(Rounding.up(42.51, 0.1)).isEqualTo(42.6);
        assertThat(Rounding.down(42.59, 0.1)).isEqualTo(42.5);
        assertThat(Rounding.above(42.5, 0.1)).isEqualTo(42.6);
        assertThat(Rounding.below(42.5, 0.1)).isEqualTo(42.4);
        assertThat(Arrays.asList(Rounding.up(-0.04, 0.1), Rounding.down(-0.04, 0.1))).containsExactly(0.0, -0.1);
    }
}
