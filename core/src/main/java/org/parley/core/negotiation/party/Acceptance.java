package org.parley.core.negotiation.party;

import java.util.Locale;
import org.parley.core.params.BadParameterException;

/**
 * An acceptance condition (Baarslag, Hindriks and Jonker 2014, "Effective acceptance conditions in automated
 * negotiation", doi:10.1016/j.dss.2014.05.014). With {@code u(o_opp)} the utility of the standing offer and
 * {@code u(o_next)} that of the bid the party would offer next, both discounted:
 * <ul>
 * <li>{@code next}: {@code u(o_opp) >= u(o_next)} (AC_next, the default);</li>
 * <li>{@code next-strict}: {@code u(o_next) < u(o_opp)} (GENIUS's time-dependent parties);</li>
 * <li>{@code const:A}: {@code u(o_opp) >= A};</li>
 * <li>{@code time:T}: {@code t >= T};</li>
 * <li>{@code combi:T}: AC_next, or {@code t >= T} and {@code u(o_opp)} at least the best utility received in the
 * window {@code [t - (1 - t), t]} (AC_combi(T, MAX^W));</li>
 * </ul>
 * and, with {@code +rv} appended, also any offer worth at least the (discounted) reservation value in the last round
 * of a round deadline (AC_rv: a rational offer never expires).
 */
public record Acceptance(Rule rule, double parameter, boolean lastRoundReservation) {

    /** The rules. */
    public enum Rule { NEXT, NEXT_STRICT, CONST, TIME, COMBI }

    /** AC_next, the default. */
    public static final Acceptance NEXT = new Acceptance(Rule.NEXT, Double.NaN, false);

    /** The time threshold of {@code combi} when none is given (Baarslag et al.'s T = 0.98). */
    public static final double DEFAULT_COMBI_TIME = 0.98;

    public Acceptance {
        if (rule == null) {
            throw new IllegalArgumentException("an acceptance condition needs a rule");
        }
        if ((rule == Rule.TIME || rule == Rule.COMBI) && !(parameter >= 0 && parameter <= 1)) {
            throw new BadParameterException("acceptance " + rule.name().toLowerCase(Locale.ROOT) + ":" + parameter
                    + ": expected a time from 0 to 1");
        }
        if (rule == Rule.CONST && !Double.isFinite(parameter)) {
            throw new BadParameterException("acceptance const:" + parameter + ": expected a utility");
        }
    }

    /** Parses {@code next}, {@code next-strict}, {@code const:0.8}, {@code time:0.95}, {@code combi[:0.98]}, each
     * optionally followed by {@code +rv}. */
    public static Acceptance parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        boolean rv = s.endsWith("+rv");
        if (rv) {
            s = s.substring(0, s.length() - 3);
        }
        String name = s;
        String arg = null;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            name = s.substring(0, colon);
            arg = s.substring(colon + 1);
        }
        try {
            switch (name) {
                case "next":
                    return none(arg, text, new Acceptance(Rule.NEXT, Double.NaN, rv));
                case "next-strict":
                    return none(arg, text, new Acceptance(Rule.NEXT_STRICT, Double.NaN, rv));
                case "const":
                    return new Acceptance(Rule.CONST, number(arg, text), rv);
                case "time":
                    return new Acceptance(Rule.TIME, number(arg, text), rv);
                case "combi":
                    return new Acceptance(Rule.COMBI, arg == null ? DEFAULT_COMBI_TIME : number(arg, text), rv);
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            throw new BadParameterException("ac=" + text + ": expected a number after the colon");
        }
        throw new BadParameterException("ac=" + text + ": expected next, next-strict, const:A, time:T or combi[:T], "
                + "optionally followed by +rv");
    }

    private static Acceptance none(String arg, String text, Acceptance a) {
        if (arg != null) {
            throw new BadParameterException("ac=" + text + ": " + a.rule.name().toLowerCase(Locale.ROOT)
                    .replace('_', '-') + " takes no number");
        }
        return a;
    }

    private static double number(String arg, String text) {
        if (arg == null) {
            throw new BadParameterException("ac=" + text + ": expected a number after a colon");
        }
        return Double.parseDouble(arg);
    }

    /**
     * Whether to accept: {@code opp} and {@code next} are the discounted utilities of the standing offer and of the
     * party's next bid, {@code recentBest} the best discounted utility received in the window (for combi),
     * {@code lastRound} whether this is the last round of a round deadline, {@code rv} the discounted reservation
     * value.
     */
    public boolean accepts(double opp, double next, double t, double recentBest, boolean lastRound, double rv) {
        if (lastRoundReservation && lastRound && opp >= rv) {
            return true;
        }
        switch (rule) {
            case NEXT_STRICT:
                return next < opp;
            case CONST:
                return opp >= parameter;
            case TIME:
                return t >= parameter;
            case COMBI:
                return opp >= next || t >= parameter && opp >= recentBest;
            default:
                return opp >= next;
        }
    }

    /** The start of the window AC_combi looks back over at time {@code t}: {@code t - (1 - t)}. */
    public static double windowStart(double t) {
        return 2 * t - 1;
    }

    /** The condition as written: {@code combi:0.98+rv}. */
    public String label() {
        String base = rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (rule == Rule.CONST || rule == Rule.TIME || rule == Rule.COMBI) {
            base += ":" + org.parley.core.outcomes.DomainIssue.format(parameter);
        }
        return lastRoundReservation ? base + "+rv" : base;
    }
}
