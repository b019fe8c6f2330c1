package org.parley.core.params;

/** A parameter a user set that the analysis cannot take: unknown key, wrong type, out of range. */
public class BadParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public BadParameterException(String message) {
        super(message);
    }
}
