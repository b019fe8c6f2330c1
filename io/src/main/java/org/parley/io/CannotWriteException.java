package org.parley.io;

/** Thrown when a target format cannot hold a scenario (too many issues, missing stances, ...); says why. */
public class CannotWriteException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CannotWriteException(String message) {
        super(message);
    }
}
