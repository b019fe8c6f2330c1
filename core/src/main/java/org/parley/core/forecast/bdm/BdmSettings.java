package org.parley.core.forecast.bdm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.core.forecast.ConvergenceDetector;
import org.parley.core.params.Params;

/**
 * The parameters of one BDM run, read from {@link Params} with the defaults of the chosen variant. Each reading of
 * an ambiguity of the published text (A1-A4 of the specification) is a parameter of its own.
 */
record BdmSettings(Variant variant, double q, TRule t, int rounds, LeadingSalience leadingSalience,
                   Security security, CompromiseSign compromiseSign, Compel compel, Selection selection,
                   boolean recomputeRange, boolean converge, double tolerance) {

    /** Every parameter key the model accepts. */
    static final Set<String> KEYS = ConvergenceDetector.withKeys(Set.of("variant", "q", "t", "rounds",
            "leading_salience", "security", "compromise_sign", "compel", "selection", "recompute_range", "converge",
            "tolerance"));

    /** The largest number of rounds accepted. */
    static final int MAX_ROUNDS = 10_000;

    /** The two readings of the model. */
    enum Variant { SCHOLZ_REFERENCE, SCHOLZ_PAPER }

    /** T: the rule {@code |x_i - mu| < |x_i - x_j|}, or fixed at 0 or 1. */
    enum TRule { RULE, ZERO, ONE }

    /** A1: the responder's salience leads each EU, or {@code s_j} in both lines as the appendix prints it. */
    enum LeadingSalience { RESPONDER, APPENDIX }

    /** A2: security sums the challengers' EUs (prose of Section 5); the only reading specified well enough. */
    enum Security { CHALLENGERS }

    /** A3: "j has the upper hand" compromise at {@code b > 0 > a} (Fig. 6) or {@code b < 0, a < 0} (eq. 36 text). */
    enum CompromiseSign { FIGURE, TEXT }

    /** A4: the compel region of Fig. 6 yields capitulations, or never (the reference replication's test). */
    enum Compel { FIGURE, NEVER }

    /** A4: within the best region type, the least move, Scholz's compromise key, or the challenger with most EU. */
    enum Selection { LEAST_MOVE, COMPROMISE_KEY, HIGHEST_EU }

    /** The settings given in {@code p}, with the variant's defaults; rejects unknown keys and bad values. */
    static BdmSettings from(Params p) {
        p.requireKnown(BdmModel.NAME, KEYS);
        Variant variant = pick(p, "variant", Variant.SCHOLZ_REFERENCE, Variant.values());
        boolean reference = variant == Variant.SCHOLZ_REFERENCE;
        double q = p.number("q", 1.0, 0.0, 1.0);
        TRule t = pick(p, "t", TRule.RULE, TRule.values());
        int rounds = p.integer("rounds", 10, 0, MAX_ROUNDS);
        LeadingSalience lead = pick(p, "leading_salience", LeadingSalience.RESPONDER, LeadingSalience.values());
        Security security = pick(p, "security", Security.CHALLENGERS, Security.values());
        CompromiseSign sign = pick(p, "compromise_sign", CompromiseSign.FIGURE, CompromiseSign.values());
        Compel compel = pick(p, "compel", reference ? Compel.NEVER : Compel.FIGURE, Compel.values());
        Selection selection = pick(p, "selection", reference ? Selection.COMPROMISE_KEY : Selection.LEAST_MOVE,
                Selection.values());
        boolean recompute = p.flag("recompute_range", false);
        boolean converge = p.flag("converge", false);
        double tolerance = p.number("tolerance", 1e-6, 0.0, 1.0);
        return new BdmSettings(variant, q, t, rounds, lead, security, sign, compel, selection, recompute, converge,
                tolerance);
    }

    /** Whether this is the reference (replication-compatible) variant. */
    boolean reference() {
        return variant == Variant.SCHOLZ_REFERENCE;
    }

    private static <E extends Enum<E>> E pick(Params p, String key, E def, E[] values) {
        Map<String, E> byWord = new LinkedHashMap<>();
        for (E e : values) {
            byWord.put(word(e), e);
        }
        return byWord.get(p.choice(key, word(def), byWord.keySet()));
    }

    /** A value as written after {@code --set key=}: the constant's name in lower case with '-' for '_'. */
    static String word(Enum<?> e) {
        if (e instanceof TRule t) {
            return t == TRule.RULE ? "rule" : t == TRule.ZERO ? "0" : "1";
        }
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
