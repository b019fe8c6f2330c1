package org.parley.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.scenario.ScenarioWarnings;

/**
 * The last step of every scenario reader: adds the model's own checks to the problems the reader found, locates
 * each one in the file, and either returns the scenario or throws one {@link InputException} listing them all in
 * file order.
 */
public final class Checked {

    /** Whole-file problems first, then by line; the sort is stable, so problems on one line keep their order. */
    private static final Comparator<InputError> FILE_ORDER = Comparator.comparing(InputError::line,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private Checked() {
    }

    /**
     * The scenario, if neither the reader ({@code structural}) nor {@link ScenarioValidator} found a problem. A
     * model problem at, above or below a path the reader already flagged is dropped: it is an echo of the first.
     */
    public static Scenario scenario(Scenario s, List<Problem> structural, String file,
                                    Function<String, Integer> lineOf) {
        return scenario(s, structural, file, lineOf, Limits.defaults());
    }

    /** As {@link #scenario(Scenario, List, String, Function)}, refusing first a scenario beyond {@code limits}. */
    public static Scenario scenario(Scenario s, List<Problem> structural, String file,
                                    Function<String, Integer> lineOf, Limits limits) {
        requireCellsWithin(s, file, limits);
        List<Problem> all = new ArrayList<>(structural);
        for (Problem p : ScenarioValidator.problems(s)) {
            boolean echo = structural.stream().anyMatch(q -> related(p.path(), q.path()));
            if (!echo) {
                all.add(p);
            }
        }
        List<InputError> errors = new ArrayList<>();
        for (Problem p : all) {
            errors.add(locate(p, file, lineOf));
        }
        return orThrow(s, errors);
    }

    /**
     * The scenario of a table, if neither the reader ({@code rowErrors}, already located) nor
     * {@link ScenarioValidator} found a problem. {@code s} holds the rows that could be read; when some were left
     * out ({@code rowsLeftOut}), model problems about the actor list as a whole are dropped, since the rows left
     * out could change them. A problem's path keeps only its part within the row ({@code actors[3].id} becomes
     * {@code id}): the line names the row, and the index counts only the rows read.
     */
    public static Scenario table(Scenario s, List<InputError> rowErrors, boolean rowsLeftOut, String file,
                                 Function<String, Integer> lineOf) {
        return table(s, rowErrors, rowsLeftOut, file, lineOf, Limits.defaults());
    }

    /** As {@link #table(Scenario, List, boolean, String, Function)}, refusing first a scenario past {@code limits}. */
    public static Scenario table(Scenario s, List<InputError> rowErrors, boolean rowsLeftOut, String file,
                                 Function<String, Integer> lineOf, Limits limits) {
        requireCellsWithin(s, file, limits);
        List<InputError> errors = new ArrayList<>(rowErrors);
        for (Problem p : ScenarioValidator.problems(s)) {
            if (!(rowsLeftOut && "actors".equals(p.path()))) {
                InputError e = locate(p, file, lineOf);
                errors.add(new InputError(e.file(), e.line(), withinRow(e.path()), e.message()));
            }
        }
        return orThrow(s, errors);
    }

    /**
     * The warnings of a scenario that passed {@link #scenario}: judgements that look like slips
     * ({@link ScenarioWarnings}), each located in {@code file}.
     */
    public static List<InputError> warnings(Scenario s, String file, Function<String, Integer> lineOf) {
        List<InputError> out = new ArrayList<>();
        for (Problem p : ScenarioWarnings.of(s)) {
            out.add(locate(p, file, lineOf));
        }
        return out;
    }

    /**
     * The warnings of a table's scenario that passed {@link #table}, with paths within the row as there; the
     * fraction check only when the saliences were written on 0-100 ({@code percentAsWritten}).
     */
    public static List<InputError> tableWarnings(Scenario s, String file, Function<String, Integer> lineOf,
                                                 boolean percentAsWritten) {
        List<InputError> out = new ArrayList<>();
        for (Problem p : ScenarioWarnings.of(s, percentAsWritten)) {
            InputError e = locate(p, file, lineOf);
            out.add(new InputError(e.file(), e.line(), withinRow(e.path()), e.message()));
        }
        return out;
    }

    /**
     * Throws one {@link InputException} listing {@code problems} located in {@code file} (for documents other than
     * scenarios, such as schedules); returns normally when there are none.
     */
    public static void orThrow(List<Problem> problems, String file, Function<String, Integer> lineOf) {
        List<InputError> errors = new ArrayList<>();
        for (Problem p : problems) {
            errors.add(locate(p, file, lineOf));
        }
        orThrow((Scenario) null, errors);
    }

    /** Refuses, as a whole-file problem, more actor-issue pairs than {@link Limits#maxCells()}. */
    private static void requireCellsWithin(Scenario s, String file, Limits limits) {
        long cells = (long) s.actors().size() * s.issues().size();
        if (cells > limits.maxCells()) {
            throw InputException.of(file, s.actors().size() + " actors x " + s.issues().size() + " issues = " + cells
                    + " actor-issue pairs, more than the limit of " + limits.maxCells() + " (the analyses keep a "
                    + "number for every pair); expected fewer actors or issues");
        }
    }

    private static String withinRow(String path) {
        if (path == null || !path.startsWith("actors[")) {
            return path;
        }
        int dot = path.indexOf("].");
        return dot < 0 ? null : path.substring(dot + 2);
    }

    private static InputError locate(Problem p, String file, Function<String, Integer> lineOf) {
        return new InputError(file, p.path() == null ? null : lineOf.apply(p.path()), p.path(), p.message());
    }

    private static Scenario orThrow(Scenario s, List<InputError> errors) {
        if (errors.isEmpty()) {
            return s;
        }
        List<InputError> sorted = new ArrayList<>(errors);
        sorted.sort(FILE_ORDER);
        throw new InputException(sorted);
    }

    private static boolean related(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return a.isEmpty() || b.isEmpty() || a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[")
                || b.startsWith(a + ".") || b.startsWith(a + "[");
    }
}
