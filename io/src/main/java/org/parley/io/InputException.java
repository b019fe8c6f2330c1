package org.parley.io;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by every reader when an input cannot be used; carries every problem found, each located. */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<InputError> errors;

    public InputException(List<InputError> errors) {
        super(errors.stream().map(InputError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** A single problem with a whole file. */
    public static InputException of(String file, String message) {
        return new InputException(List.of(new InputError(file, null, null, message)));
    }

    /** A single problem at a line of a file. */
    public static InputException at(String file, int line, String message) {
        return new InputException(List.of(new InputError(file, line, null, message)));
    }

    /** Every problem found, in file order. */
    public List<InputError> errors() {
        return errors;
    }
}
