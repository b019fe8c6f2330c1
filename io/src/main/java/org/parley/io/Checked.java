package org.parley.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioValidator;

/**
 * The last step of every scenario reader: adds the model's own checks to the problems the reader found, locates
 * each one in the file, and either returns the scenario or throws one {@link InputException} listing them all.
 */
public final class Checked {

    private Checked() {
    }

    /**
     * The scenario, if neither the reader ({@code structural}) nor {@link ScenarioValidator} found a problem. A
     * model problem at or above a path the reader already flagged is dropped: it is an echo of the first.
     */
    public static Scenario scenario(Scenario s, List<Problem> structural, String file,
                                    Function<String, Integer> lineOf) {
        List<Problem> all = new ArrayList<>(structural);
        for (Problem p : ScenarioValidator.problems(s)) {
            boolean echo = structural.stream().anyMatch(q -> related(p.path(), q.path()));
            if (!echo) {
                all.add(p);
            }
        }
        if (all.isEmpty()) {
            return s;
        }
        List<InputError> errors = new ArrayList<>();
        for (Problem p : all) {
            errors.add(new InputError(file, p.path() == null ? null : lineOf.apply(p.path()), p.path(), p.message()));
        }
        throw new InputException(errors);
    }

    private static boolean related(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".")
                || b.startsWith(a + "[");
    }
}
