package org.parley.core.verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/** Small random spatial scenarios with veto parties and one package, from a seed. */
final class RandomScenarios {

    private RandomScenarios() {
    }

    static Scenario of(long seed, Loss loss) {
        SplittableRandom r = new SplittableRandom(seed);
        int issues = 2 + r.nextInt(3);
        int actors = 2 + r.nextInt(3);
        List<Issue> is = new ArrayList<>();
        for (int d = 0; d < issues; d++) {
            is.add(Issue.of("I" + d, d % 2 == 0 ? Scale.PERCENT : new Scale(0, 10, null)));
        }
        List<Actor> as = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            Map<String, Stance> st = new LinkedHashMap<>();
            for (int d = 0; d < issues; d++) {
                double span = is.get(d).scale().range();
                st.put("I" + d, Stance.of(Math.round(r.nextDouble() * span * 10) / 10.0, 1 + r.nextInt(100)));
            }
            double rv = 40 + r.nextInt(50);
            as.add(new Actor("A" + a, null, 1 + r.nextInt(50), rv, a < 2 || r.nextBoolean(), st, null, null,
                    List.of()));
        }
        Map<String, Double> terms = new LinkedHashMap<>();
        for (int d = 0; d < issues; d++) {
            terms.put("I" + d, Math.round(r.nextDouble() * is.get(d).scale().range() * 10) / 10.0);
        }
        return new Scenario("random " + seed, null, null, loss, List.of(), is, as,
                List.of(new Package("p", null, null, terms)));
    }
}
