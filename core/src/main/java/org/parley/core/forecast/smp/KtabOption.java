package org.parley.core.forecast.smp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.params.BadParameterException;

/**
 * A value of one of KTAB's SMP switches: its name in KTAB's code and XML ({@code MarkovIncentive}), its integer
 * code in KTAB's parameter vector, and the word Parley uses on the command line ({@code markov-incentive}).
 */
interface KtabOption {

    /** KTAB's name of an option value and the word Parley uses for it. */
    record Names(String ktab, String word) {
    }

    /** Both names of this value. */
    Names names();

    /** The name in KTAB's code and XML files. */
    default String ktabName() {
        return names().ktab();
    }

    /** The code in KTAB's serialised parameter vector (the enum's ordinal, as in KTAB). */
    default int code() {
        return ((Enum<?>) this).ordinal();
    }

    /** The word on Parley's command line. */
    default String word() {
        return names().word();
    }

    /**
     * The option of {@code type} that {@code value} names: Parley's word, KTAB's name (or an alias), or the integer
     * code; case, '-', '_' and spaces are ignored.
     */
    static <E extends Enum<E> & KtabOption> E parse(Class<E> type, String key, String value) {
        String v = squash(value);
        for (E e : type.getEnumConstants()) {
            if (squash(e.word()).equals(v) || squash(e.ktabName()).equals(v) || Integer.toString(e.code()).equals(v)
                    || e.aliases().stream().anyMatch(a -> squash(a).equals(v))) {
                return e;
            }
        }
        List<String> words = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            words.add(e.word());
        }
        throw new BadParameterException(key + "=" + value + ": expected one of " + words
                + " (KTAB's names and codes are accepted too)");
    }

    /** Other spellings accepted, e.g. those of KTAB's XML schema. */
    default List<String> aliases() {
        return List.of();
    }

    private static String squash(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }
}
