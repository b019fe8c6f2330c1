package org.parley.core.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parameters a user set for one analysis ({@code --set key=value}), read with typed getters that supply the
 * defaults. Every value read, given or default, is recorded so that the result can carry the parameters it ran
 * with. Not thread-safe; make one per run.
 */
public final class Params {

    private final Map<String, String> given;
    private final Map<String, Object> used = new TreeMap<>();

    private Params(Map<String, String> given) {
        this.given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
    }

    /** Parameters from {@code key=value} pairs. */
    public static Params of(Map<String, String> given) {
        return new Params(given);
    }

    /** No parameters: every analysis runs with its defaults. */
    public static Params none() {
        return new Params(Map.of());
    }

    /** Parameters parsed from {@code key=value} strings, as given to {@code --set}. */
    public static Params parse(List<String> pairs) {
        return new Params(pairs(pairs));
    }

    /** {@code key=value} strings as an ordered map (a later pair wins); refuses a string without a key. */
    public static Map<String, String> pairs(List<String> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new BadParameterException("--set " + pair + ": expected key=value");
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return map;
    }

    /** Refuses keys the analysis does not know, naming the ones it does. */
    public Params requireKnown(String analysis, Set<String> known) {
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                throw new BadParameterException("unknown parameter '" + key + "' for " + analysis + "; expected one of "
                        + new TreeSet<>(known));
            }
        }
        return this;
    }

    /** A number in {@code [min, max]}, or {@code def} when not given. */
    public double number(String key, double def, double min, double max) {
        double v = def;
        String s = given.get(key);
        if (s != null) {
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new BadParameterException(key + "=" + s + ": expected a number");
            }
            if (!(v >= min && v <= max)) {
                throw new BadParameterException(key + "=" + s + ": expected a number from " + min + " to " + max);
            }
        }
        used.put(key, v);
        return v;
    }

    /** A whole number in {@code [min, max]}, or {@code def} when not given. */
    public int integer(String key, int def, int min, int max) {
        int v = def;
        String s = given.get(key);
        if (s != null) {
            try {
                v = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new BadParameterException(key + "=" + s + ": expected a whole number");
            }
            if (v < min || v > max) {
                throw new BadParameterException(key + "=" + s + ": expected a whole number from " + min + " to " + max);
            }
        }
        used.put(key, v);
        return v;
    }

    /** One of the {@code allowed} words (case-insensitive), or {@code def} when not given. */
    public String choice(String key, String def, Set<String> allowed) {
        String v = def;
        String s = given.get(key);
        if (s != null) {
            v = allowed.stream().filter(a -> a.equalsIgnoreCase(s)).findFirst().orElseThrow(
                    () -> new BadParameterException(key + "=" + s + ": expected one of " + new TreeSet<>(allowed)));
        }
        used.put(key, v);
        return v;
    }

    /** The text given for {@code key} (trimmed), or {@code def} when not given; recorded as is. */
    public String text(String key, String def) {
        String s = given.get(key);
        String v = s == null ? def : s;
        used.put(key, v);
        return v;
    }

    /** A true/false switch, or {@code def} when not given. */
    public boolean flag(String key, boolean def) {
        return Boolean.parseBoolean(choice(key, Boolean.toString(def), Set.of("true", "false")));
    }

    /** Records a value the analysis fixed itself (e.g. the seed), so that it appears with the result. */
    public void record(String key, Object value) {
        used.put(key, value);
    }

    /** Every parameter read so far with the value used, sorted by key. */
    public Map<String, Object> used() {
        return Collections.unmodifiableMap(new TreeMap<>(used));
    }
}
