package org.parley.core.analysis;

/**
 * One headline result of a run, by a stable key ({@code forecast.bdm.TERR}, {@code packages.partition.margin.UKR},
 * {@code deals.zone.share}): a number, or words when the result is not a number. Run histories compare runs by these.
 */
public record Headline(String key, Double value, String text) {

    /** A numeric headline. */
    public static Headline number(String key, double value) {
        return new Headline(key, value, null);
    }

    /** A headline in words. */
    public static Headline words(String key, String text) {
        return new Headline(key, null, text);
    }

    /** Whether the headline is a number. */
    public boolean numeric() {
        return value != null;
    }
}
