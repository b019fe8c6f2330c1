package org.parley.core.outcomes;

import java.math.BigInteger;
import org.parley.core.params.BadParameterException;

/** An outcome space larger than the configured limit, refused before anything is enumerated. */
public class TooManyOutcomesException extends BadParameterException {

    private static final long serialVersionUID = 1L;

    private final transient BigInteger size;

    public TooManyOutcomesException(BigInteger size, long limit, String flag) {
        super("the outcome space has " + size + " outcomes, more than the limit of " + limit
                + "; raise it with " + flag + " if you mean it");
        this.size = size;
    }

    /** The number of outcomes the space has. */
    public BigInteger size() {
        return size;
    }
}
