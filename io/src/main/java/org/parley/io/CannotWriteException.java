package org.parley.io;

/**
 * Thrown when an output cannot or must not be written: a target format that cannot hold the scenario (too many
 * issues, missing stances, ...), or an output path that is unwritable or would destroy something (the run database,
 * an input, a device, a link). Says why; the command line answers it with exit code 2.
 */
public class CannotWriteException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CannotWriteException(String message) {
        super(message);
    }
}
