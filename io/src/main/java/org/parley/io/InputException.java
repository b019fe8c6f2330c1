package org.parley.io;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by every reader when an input cannot be used; carries the problems found, each located, in file order.
 * At most {@value #MAX_LISTED} are kept; {@link #omitted()} counts the rest, so that a file with a million bad lines
 * gets a page of messages, not a million lines.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The most problems listed. */
    public static final int MAX_LISTED = 50;

    private final transient List<InputError> errors;
    private final int omitted;

    public InputException(List<InputError> errors) {
        super(listed(errors).stream().map(InputError::toString).collect(Collectors.joining("\n"))
                + (errors.size() > MAX_LISTED ? "\n" + more(errors.size() - MAX_LISTED) : ""));
        this.errors = listed(errors);
        this.omitted = Math.max(0, errors.size() - MAX_LISTED);
    }

    private static List<InputError> listed(List<InputError> errors) {
        return List.copyOf(errors.size() > MAX_LISTED ? new ArrayList<>(errors.subList(0, MAX_LISTED)) : errors);
    }

    /** The line that stands for problems left out of the list. */
    public static String more(int omitted) {
        return "... and " + omitted + " more problem" + (omitted == 1 ? "" : "s") + " (the first " + MAX_LISTED
                + " are listed)";
    }

    /** A single problem with a whole file. */
    public static InputException of(String file, String message) {
        return new InputException(List.of(new InputError(file, null, null, message)));
    }

    /** A single problem at a line of a file. */
    public static InputException at(String file, int line, String message) {
        return new InputException(List.of(new InputError(file, line, null, message)));
    }

    /** The problems listed (at most {@value #MAX_LISTED}), in file order. */
    public List<InputError> errors() {
        return errors;
    }

    /** How many problems were found beyond those listed. */
    public int omitted() {
        return omitted;
    }
}
