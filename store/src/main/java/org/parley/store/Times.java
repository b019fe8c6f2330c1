package org.parley.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Instants as stored: UTC, millisecond precision, fixed width, so that text order is time order. */
public final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** {@code 2025-01-31T12:00:00.000Z}. */
    public static String format(Instant t) {
        return FORMAT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The inverse of {@link #format(Instant)}. */
    public static Instant parse(String s) {
        return Instant.parse(s);
    }
}
