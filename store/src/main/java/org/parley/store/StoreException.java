package org.parley.store;

/** The run store cannot be used as asked (a foreign or damaged file, a newer schema, no connection): a clear message. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
