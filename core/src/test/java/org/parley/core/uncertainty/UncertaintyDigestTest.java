package org.parley.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.exec.BatchRunner;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.scenario.Uncertainty;

/** The key judgements of a digest carry the tornado of the verdicts: each package's deciding margin, low to high. */
class UncertaintyDigestTest {

    private static final List<String> VETO = List.of("UP", "DOWN", "MID");

    /** The smallest veto party margin on {@code pkg} as PackageReview gives it, with {@code path} set to {@code x}. */
    private static Map.Entry<String, Double> deciding(Scenario s, String pkg, String path, double x) {
        ScenarioInputs in = ScenarioInputs.of(s);
        double[] v = in.central();
        v[in.find(path).orElseThrow()] = x;
        PackageVerdict verdict = PackageReview.of(in.apply(v)).verdict(pkg);
        String party = null;
        double min = Double.POSITIVE_INFINITY;
        for (String id : VETO) {
            double m = verdict.margins().get(id);
            if (m < min) {
                min = m;
                party = id;
            }
        }
        return Map.entry(party, min);
    }

    @Test
    void each_deciding_margin_is_the_smallest_veto_margin_package_review_gives_at_the_judgements_ends() {
        Scenario s = Fixtures.river(Loss.LINEAR);
        Sensitivity sens = SensitivityAnalysis.run(s, Uncertainty.spread(0.3), SensitivityOptions.defaults(
                "compromise"), BatchRunner.sequential(), n -> { }, false);
        List<UncertaintyDigest.KeyJudgement> key = UncertaintyDigest.keyJudgements(sens, 4);
        assertThat(key).hasSize(4);
        boolean crossed = false;
        for (UncertaintyDigest.KeyJudgement j : key) {
            assertThat(j.low()).as(j.input()).isLessThan(j.high());
            assertThat(j.swings()).extracting(UncertaintyDigest.DecidingMargin::packageId)
                    .containsExactly("share", "fund");
            for (UncertaintyDigest.DecidingMargin m : j.swings()) {
                String at = j.input() + " " + m.packageId();
                var central = deciding(s, m.packageId(), j.input(), ScenarioInputs.of(s).central()[
                        ScenarioInputs.of(s).find(j.input()).orElseThrow()]);
                var low = deciding(s, m.packageId(), j.input(), j.low());
                var high = deciding(s, m.packageId(), j.input(), j.high());
                assertThat(m.central()).as(at).isCloseTo(central.getValue(), within(1e-9));
                assertThat(m.centralParty()).as(at).isEqualTo(central.getKey());
                assertThat(m.atLow()).as(at + " low").isCloseTo(low.getValue(), within(1e-9));
                assertThat(m.lowParty()).as(at + " low").isEqualTo(low.getKey());
                assertThat(m.atHigh()).as(at + " high").isCloseTo(high.getValue(), within(1e-9));
                assertThat(m.highParty()).as(at + " high").isEqualTo(high.getKey());
                boolean flips = j.breakEvens().stream().anyMatch(b -> b.packageId().equals(m.packageId()));
                boolean acrossZero = Math.signum(m.atLow()) != Math.signum(m.atHigh());
                crossed |= acrossZero;
                if (acrossZero) {
                    assertThat(flips).as(at + ": a margin that changes sign between the ends has a break-even")
                            .isTrue();
                }
            }
        }
        assertThat(crossed).as("some judgement carries a deciding margin across 0").isTrue();
    }
}
