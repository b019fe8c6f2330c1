package org.parley.core.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a scenario cannot be analysed; carries every problem found, not just the first. */
public class InvalidScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** A single problem at {@code path}. */
    public static InvalidScenarioException of(String path, String message) {
        return new InvalidScenarioException(List.of(new Problem(path, message)));
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
