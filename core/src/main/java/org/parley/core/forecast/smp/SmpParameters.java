package org.parley.core.forecast.smp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.parley.core.forecast.ConvergenceDetector;
import org.parley.core.params.BadParameterException;
import org.parley.core.params.Params;

/**
 * Every setting of an SMP run: KTAB's nine switches with KTAB's defaults (smp.md Section 2), the seed used by
 * stochastic transitions, the stopping rule (Section 8) and the tolerance for equal positions. The numeric floors
 * of the model are fixed constants kept next to the formulas that use them.
 */
public record SmpParameters(VictoryProbModel victory, PceModel pce, StateTransitions transitions,
                            VotingRule voting, BigRAdjust bigRAdjust, BigRRange bigRRange,
                            ThirdPartyCommit thirdParty, InterVecBargain interVec, BargainModel bargain,
                            long seed, int maxTurns, int minTurns, double stopRatio, double posTol) {

    /** KTAB's default seed 15455440707583219804 (only stochastic transitions use it). */
    public static final long DEFAULT_SEED = 0xD67CC16FE69C185CL;
    /** KTAB's {@code maxIter}. */
    public static final int DEFAULT_MAX_TURNS = 100;
    /** KTAB's {@code minIter}. */
    public static final int DEFAULT_MIN_TURNS = 2;
    /** KTAB's {@code minDeltaRatio}. */
    public static final double DEFAULT_STOP_RATIO = 0.02;
    /** KTAB's {@code posTol} on the 0..1 scale. */
    public static final double DEFAULT_POS_TOL = 1e-3;

    /**
     * The {@code --set} keys an SMP run understands: these settings, the ideal adjustment {@code idealAdjust} (see
     * {@link Accommodation}) and the {@link ConvergenceDetector}'s keys.
     */
    public static final Set<String> KEYS = ConvergenceDetector.withKeys(Set.of("victory", "pce", "transitions",
            "voting", "bigR", "bigRRange", "thirdParty", "interVec", "bargain", "seed", "rounds", "minRounds",
            "stopRatio", "posTol", "idealAdjust"));

    /**
     * KTAB's nine switches by their names in KTAB's XML ({@code ModelParameters}) and code, in the order of KTAB's
     * parameter vector, each with the {@code --set} key Parley reads it from.
     */
    public static final Map<String, String> KTAB_SWITCHES = switches();

    private static Map<String, String> switches() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("VictoryProbModel", "victory");
        m.put("PCEModel", "pce");
        m.put("StateTransitions", "transitions");
        m.put("VotingRule", "voting");
        m.put("BigRAdjust", "bigR");
        m.put("BigRRange", "bigRRange");
        m.put("ThirdPartyCommit", "thirdParty");
        m.put("InterVecBrgn", "interVec");
        m.put("BargnModel", "bargain");
        return Collections.unmodifiableMap(m);
    }

    /**
     * Parley's word for the value of one of the nine switches, given by its {@code --set} key; accepts Parley's
     * words, KTAB's names (and XSD aliases) and codes; throws {@link BadParameterException} otherwise.
     */
    public static String word(String key, String value) {
        return switch (key) {
            case "victory" -> KtabOption.parse(VictoryProbModel.class, key, value).word();
            case "pce" -> KtabOption.parse(PceModel.class, key, value).word();
            case "transitions" -> KtabOption.parse(StateTransitions.class, key, value).word();
            case "voting" -> KtabOption.parse(VotingRule.class, key, value).word();
            case "bigR" -> KtabOption.parse(BigRAdjust.class, key, value).word();
            case "bigRRange" -> KtabOption.parse(BigRRange.class, key, value).word();
            case "thirdParty" -> KtabOption.parse(ThirdPartyCommit.class, key, value).word();
            case "interVec" -> KtabOption.parse(InterVecBargain.class, key, value).word();
            case "bargain" -> KtabOption.parse(BargainModel.class, key, value).word();
            default -> throw new BadParameterException("unknown SMP switch '" + key + "'");
        };
    }

    /** KTAB's defaults: {@code 0,0,0,2,1,1,1,1,0}, the default seed, at most 100 turns. */
    public static SmpParameters defaults() {
        return new SmpParameters(VictoryProbModel.LINEAR, PceModel.CONDITIONAL, StateTransitions.DETERMINISTIC,
                VotingRule.PROP, BigRAdjust.ONE_THIRD, BigRRange.MID, ThirdPartyCommit.SEMI_COMMIT,
                InterVecBargain.S2P2, BargainModel.INIT_ONLY_INTERP, DEFAULT_SEED, DEFAULT_MAX_TURNS,
                DEFAULT_MIN_TURNS, DEFAULT_STOP_RATIO, DEFAULT_POS_TOL);
    }

    /** The parameters given as {@code --set key=value} (unknown keys refused), every value recorded in {@code p}. */
    public static SmpParameters read(Params p) {
        p.requireKnown("smp", KEYS);
        SmpParameters d = defaults();
        SmpParameters out = new SmpParameters(
                option(p, "victory", VictoryProbModel.class, d.victory),
                option(p, "pce", PceModel.class, d.pce),
                option(p, "transitions", StateTransitions.class, d.transitions),
                option(p, "voting", VotingRule.class, d.voting),
                option(p, "bigR", BigRAdjust.class, d.bigRAdjust),
                option(p, "bigRRange", BigRRange.class, d.bigRRange),
                option(p, "thirdParty", ThirdPartyCommit.class, d.thirdParty),
                option(p, "interVec", InterVecBargain.class, d.interVec),
                option(p, "bargain", BargainModel.class, d.bargain),
                seed(p), p.integer("rounds", DEFAULT_MAX_TURNS, 1, 10_000),
                p.integer("minRounds", DEFAULT_MIN_TURNS, 1, 10_000),
                p.number("stopRatio", DEFAULT_STOP_RATIO, 0, 1), p.number("posTol", DEFAULT_POS_TOL, 0, 1));
        p.record("ktabCodes", out.ktabCodes());
        return out;
    }

    /** KTAB's parameter vector {@code [vpm, pcem, stm, vr, bigRAdj, bigRRng, tpCommit, ivBrgn, brgnMod]}. */
    public String ktabCodes() {
        int[] codes = {victory.code(), pce.code(), transitions.code(), voting.code(), bigRAdjust.code(),
            bigRRange.code(), thirdParty.code(), interVec.code(), bargain.code()};
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < codes.length; k++) {
            b.append(k == 0 ? "" : ",").append(codes[k]);
        }
        return b.toString();
    }

    private static <E extends Enum<E> & KtabOption> E option(Params p, String key, Class<E> type, E def) {
        String given = p.text(key, def.word());
        E e = KtabOption.parse(type, key, given);
        p.record(key, e.word());
        return e;
    }

    private static long seed(Params p) {
        String given = p.text("seed", Long.toUnsignedString(DEFAULT_SEED));
        long seed = parseSeed(given);
        p.record("seed", Long.toUnsignedString(seed));
        return seed;
    }

    /** An unsigned 64-bit seed in decimal (leading zeros allowed, as in KTAB's XML) or hex ({@code 0x...}). */
    public static long parseSeed(String text) {
        String t = text.trim();
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Long.parseUnsignedLong(t.substring(2), 16);
            }
            return Long.parseUnsignedLong(t);
        } catch (NumberFormatException e) {
            throw new BadParameterException("seed=" + text + ": expected a whole number from 0 to "
                    + Long.toUnsignedString(-1L) + " (or 0x followed by up to 16 hex digits)");
        }
    }
}
