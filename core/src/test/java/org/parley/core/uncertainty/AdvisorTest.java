package org.parley.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.compromise.CompromiseModel;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.scenario.Stance;
import org.parley.core.utility.SpatialUtility;

class AdvisorTest {

    /** A random scenario: 2-7 actors, 1-4 issues on random scales, random stances, one package. */
    private static Scenario random(long seed, Loss loss) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 2 + r.nextInt(6);
        int m = 1 + r.nextInt(4);
        List<Issue> issues = new ArrayList<>();
        Map<String, Double> terms = new LinkedHashMap<>();
        for (int d = 0; d < m; d++) {
            double lo = r.nextInt(-50, 50);
            double hi = lo + 1 + r.nextInt(100);
            issues.add(new Issue("I" + d, null, null, new Scale(lo, hi, null), List.of(), null, null));
            terms.put("I" + d, lo + r.nextDouble() * (hi - lo));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Stance> st = new LinkedHashMap<>();
            for (int d = 0; d < m; d++) {
                if (d == 0 || i == 0 || r.nextInt(4) > 0) {
                    Scale sc = issues.get(d).scale();
                    st.put("I" + d, Stance.of(sc.min() + r.nextDouble() * sc.range(), 1 + r.nextInt(100)));
                }
            }
            actors.add(new Actor("A" + i, null, 1 + r.nextInt(100), 30.0 + r.nextInt(40), i < 2, st, null, null,
                    List.of()));
        }
        return ScenarioValidator.check(new Scenario("random", null, null, loss, List.of(), issues, actors,
                List.of(new Package("p", null, null, terms))));
    }

    /** The actor's utility (its own preferences) of the compromise of the scenario with one input changed. */
    private static double rerun(Scenario s, int actor, String path, double to) {
        ScenarioInputs in = ScenarioInputs.of(s);
        double[] x = in.central();
        x[in.find(path).orElseThrow()] = to;
        Forecast f = CompromiseModel.mean().forecast(in.apply(x), Params.none());
        double[] o = new double[s.issues().size()];
        for (int d = 0; d < o.length; d++) {
            o[d] = f.forecast().get(s.issues().get(d).id());
        }
        return SpatialUtility.of(s).utility(actor, o);
    }

    @Test
    void the_closed_form_effect_of_every_compromise_lever_equals_running_the_model_again() {
        qt().withFixedSeed(42).withExamples(150).forAll(longs().all(), integers().between(0, 1))
                .checkAssert((seed, quadratic) -> {
                    Scenario s = random(seed, quadratic == 1 ? Loss.QUADRATIC : Loss.LINEAR);
                    int a = 0;
                    Advice advice = Advisor.advise(s, "A0", "compromise", Map.of(), 15);
                    double base = rerun(s, a, "actors.A0.capability", s.actors().get(0).capability());
                    assertThat(advice.utility()).isCloseTo(base, within(1e-9));
                    for (Advice.Lever l : advice.levers()) {
                        if (l.kind() == Advice.Kind.PACKAGE_TERM) {
                            continue;
                        }
                        assertThat(l.method()).isEqualTo("closed form");
                        assertThat(l.effect()).as(l.toString())
                                .isCloseTo(rerun(s, a, l.path(), l.to()) - base, within(1e-9));
                        assertThat(l.effect()).isPositive();
                    }
                });
    }

    @Test
    void a_package_term_lever_moves_towards_the_actor_and_says_what_it_does_to_the_verdict() {
        Scenario s = random(7, Loss.LINEAR);
        Advice advice = Advisor.advise(s, "A1", "compromise", Map.of(), 10);
        SpatialUtility u = SpatialUtility.of(s);
        ScenarioInputs in = ScenarioInputs.of(s);
        PackageVerdict before = PackageReview.of(s).verdict("p");
        List<Advice.Lever> terms = advice.levers().stream().filter(l -> l.kind() == Advice.Kind.PACKAGE_TERM)
                .toList();
        assertThat(terms).isNotEmpty();
        for (Advice.Lever l : terms) {
            double[] x = in.central();
            x[in.find(l.path()).orElseThrow()] = l.to();
            PackageVerdict after = PackageReview.of(in.apply(x)).verdict("p");
            assertThat(l.effect()).as(l.toString())
                    .isCloseTo(after.utilities().get("A1") - before.utilities().get("A1"), within(1e-9));
            assertThat(l.acceptedBefore()).as(l.toString()).isEqualTo(before.blockedBy().isEmpty());
            assertThat(l.acceptedAfter()).as(l.toString()).isEqualTo(after.blockedBy().isEmpty());
            int d = s.issueIndex(l.issue());
            double ideal = s.issues().get(d).scale().fromPercent(u.ideal(1, d));
            assertThat(Math.abs(l.to() - ideal)).isLessThan(Math.abs(l.from() - ideal));
        }
        assertThat(advice.levers()).isSortedAccordingTo((x, y) -> Double.compare(y.perPoint(), x.perPoint()));
    }

    @Test
    void other_models_are_simulated() {
        Scenario s = Fixtures.river(Loss.LINEAR);
        Advice advice = Advisor.advise(s, "DOWN", "bdm", Map.of(), 10);
        assertThat(advice.levers()).isNotEmpty();
        assertThat(advice.levers().stream().filter(l -> l.kind() != Advice.Kind.PACKAGE_TERM))
                .allMatch(l -> l.method().equals("simulation"));
    }
}
