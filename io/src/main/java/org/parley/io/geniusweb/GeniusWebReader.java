package org.parley.io.geniusweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.io.genius.Problems;
import org.parley.io.genius.Weights;
import org.parley.io.Limits;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;
import org.parley.io.yaml.LocatedTree;

/**
 * Reads GeniusWeb domains ({@code {"name", "issuesValues": {...}}}) and {@code LinearAdditiveUtilitySpace}
 * profiles, accepting both the newer ({@code DiscreteValueSetUtilities}, {@code NumberValueSetUtilities}) and the
 * older ({@code discreteutils}, {@code numberutils}) tags and both forms of a number range. Discrete utilities are
 * used as given; number utilities are interpolated and rounded half-up to 8 decimals, as GeniusWeb does. The
 * reservation value is the utility of the {@code reservationBid}, or 0.
 */
public final class GeniusWebReader {

    private GeniusWebReader() {
    }

    /** Whether {@code text} is a GeniusWeb domain (has {@code issuesValues} at the top). */
    public static boolean isDomain(JsonNode n) {
        return n.isObject() && n.has("issuesValues");
    }

    /** The tree of a GeniusWeb file, parsed under the limits, with the line of every path. */
    public static LocatedTree tree(TextFile text, Limits limits) {
        return LocatedTree.parseJson(text, limits);
    }

    /** The domain in a domain file, under the default limits. */
    public static OutcomeSpace domain(TextFile text, List<String> warnings) {
        return domain(text.name(), tree(text, Limits.defaults()), Limits.defaults(), warnings);
    }

    /** The domain in the parsed tree of domain file {@code file}. */
    public static OutcomeSpace domain(String file, LocatedTree tree, Limits limits, List<String> warnings) {
        Problems p = new Problems(file, warnings, tree::lineOf);
        OutcomeSpace s = domain(tree.root(), "", limits, p);
        p.throwIfAny();
        return s;
    }

    /** The domain a profile file carries inside it (parsed tree of file {@code file}). */
    public static OutcomeSpace embeddedDomain(String file, LocatedTree tree, Limits limits, List<String> warnings) {
        Problems p = new Problems(file, warnings, tree::lineOf);
        JsonNode las = tree.root().path("LinearAdditiveUtilitySpace");
        if (!las.has("domain")) {
            p.error("LinearAdditiveUtilitySpace.domain", "missing, and no domain file given");
            p.throwIfAny();
        }
        OutcomeSpace s = domain(las.get("domain"), "LinearAdditiveUtilitySpace.domain.", limits, p);
        p.throwIfAny();
        return s;
    }

    static OutcomeSpace domain(JsonNode n, String path, Limits limits, Problems p) {
        JsonNode iv = n.get("issuesValues");
        if (iv == null || !iv.isObject()) {
            p.error(path + "issuesValues", "missing: a GeniusWeb domain is {\"name\": .., \"issuesValues\": {..}}");
            p.throwIfAny();
        }
        requireValuesWithin(iv, path, limits.maxValues(), p);
        List<DomainIssue> issues = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : iv.properties()) {
            String at = path + "issuesValues." + e.getKey();
            DomainIssue issue = issue(e.getKey(), e.getValue(), at, p);
            if (issue != null) {
                issues.add(issue);
            }
        }
        if (issues.isEmpty() && !p.any()) {
            p.error(path + "issuesValues", "no issues: a domain needs at least one issue");
        }
        p.throwIfAny();
        return new OutcomeSpace(n.path("name").asText("domain"), issues);
    }

    /** Counts the values the issues would have (ranges by low, high and step, without building them). */
    private static void requireValuesWithin(JsonNode issuesValues, String path, int maxValues, Problems p) {
        BigInteger total = BigInteger.ZERO;
        for (Map.Entry<String, JsonNode> e : issuesValues.properties()) {
            JsonNode n = e.getValue();
            JsonNode r = n.get("range");
            BigDecimal low = null;
            BigDecimal high = null;
            BigDecimal step = null;
            if (n.has("values")) {
                total = total.add(BigInteger.valueOf(n.get("values").size()));
                continue;
            } else if (r != null && r.isObject()) {
                low = number(r.get("low"));
                high = number(r.get("high"));
                step = number(r.get("step"));
            } else if (r != null && r.isArray() && r.size() == 3) {
                low = number(r.get(0));
                high = number(r.get(1));
                step = number(r.get(2));
            }
            if (low != null && high != null && step != null && step.signum() > 0 && high.compareTo(low) >= 0) {
                total = total.add(DomainIssue.rangeSize(low, high, step, BigInteger.valueOf(maxValues)));
            }
        }
        if (total.compareTo(BigInteger.valueOf(maxValues)) > 0) {
            p.error(path + "issuesValues", "the issues have more than " + maxValues + " values in all (a range has "
                    + "(high - low) / step + 1); expected at most " + maxValues);
            p.throwIfAny();
        }
    }

    /** The number in a node, if it is a usable one; null otherwise (the issue's own reading reports it). */
    private static BigDecimal number(JsonNode n) {
        return n != null && n.isNumber() ? Numbers.parse(n.decimalValue().toString()) : null;
    }

    private static DomainIssue issue(String name, JsonNode n, String at, Problems p) {
        try {
            if (n.has("values")) {
                List<String> values = new ArrayList<>();
                JsonNode vs = n.get("values");
                if (!vs.isArray()) {
                    p.error(at + ".values", "expected a list of values, got " + LocatedTree.kind(vs));
                    return null;
                }
                for (int k = 0; k < vs.size(); k++) {
                    JsonNode v = vs.get(k);
                    if (!v.isTextual()) {
                        p.error(at + ".values[" + k + "]", "expected a value name in quotes, got "
                                + LocatedTree.kind(v));
                    } else if (values.contains(v.asText())) {
                        p.error(at + ".values[" + k + "]", "value " + Numbers.quote(v.asText()) + " appears twice");
                    } else {
                        values.add(v.asText());
                    }
                }
                return p.any() ? null : DomainIssue.discrete(name, values);
            }
            JsonNode r = n.get("range");
            if (r != null && r.isObject()) {
                return DomainIssue.range(name, dec(r.get("low"), at + ".range.low", p),
                        dec(r.get("high"), at + ".range.high", p), dec(r.get("step"), at + ".range.step", p));
            }
            if (r != null && r.isArray() && r.size() == 3) {
                return DomainIssue.range(name, dec(r.get(0), at + ".range[0]", p), dec(r.get(1), at + ".range[1]", p),
                        dec(r.get(2), at + ".range[2]", p));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            if (!p.any()) {
                p.error(at, e.getMessage() == null ? "bad value set" : e.getMessage());
            }
            return null;
        }
        p.error(at, "expected {\"values\": [..]} or {\"range\": {\"low\", \"high\", \"step\"}}");
        return null;
    }


    static BigDecimal dec(JsonNode n, String at, Problems p) {
        if (n == null || !n.isNumber()) {
            p.error(at, "expected a number, got " + LocatedTree.kind(n));
            return null;
        }
        Numbers.Reading v = Numbers.read(n.decimalValue().toString());
        if (!v.ok()) {
            p.error(at, v.problem());
        }
        return v.value();
    }

    /** The profile in a profile file, under the default limits (see the next method). */
    public static AdditiveProfile profile(TextFile text, String name, OutcomeSpace domain, List<String> warnings) {
        return profile(text.name(), tree(text, Limits.defaults()), Limits.defaults(), name, domain, warnings);
    }

    /**
     * The profile in the parsed tree of profile file {@code file}. With {@code domain} given, the profile's own
     * domain must equal it; without, the profile's domain is used.
     */
    public static AdditiveProfile profile(String file, LocatedTree tree, Limits limits, String name,
                                         OutcomeSpace domain, List<String> warnings) {
        Problems p = new Problems(file, warnings, tree::lineOf);
        JsonNode root = tree.root();
        JsonNode las = root.get("LinearAdditiveUtilitySpace");
        if (las == null || !las.isObject()) {
            String kind = root.isObject() && root.fieldNames().hasNext() ? root.fieldNames().next() : "?";
            p.error(kind, "unsupported profile type " + Numbers.quote(kind) + "; Parley reads "
                    + "LinearAdditiveUtilitySpace profiles");
            p.throwIfAny();
        }
        OutcomeSpace own = las.has("domain") ? domain(las.get("domain"), "LinearAdditiveUtilitySpace.domain.",
                limits, p) : null;
        OutcomeSpace space = domain != null ? domain : own;
        if (space == null) {
            p.error("LinearAdditiveUtilitySpace.domain", "missing, and no domain file given");
            p.throwIfAny();
        }
        if (domain != null && own != null && !own.issues().equals(domain.issues())
                && !sameValues(own, domain)) {
            p.error("LinearAdditiveUtilitySpace.domain", "differs from the domain file '" + domain.name() + "'");
            p.throwIfAny();
        }
        return GeniusWebProfile.read(las, name, space, p);
    }

    private static boolean sameValues(OutcomeSpace a, OutcomeSpace b) {
        if (a.dimension() != b.dimension()) {
            return false;
        }
        for (int k = 0; k < a.dimension(); k++) {
            DomainIssue x = a.issues().get(k);
            DomainIssue y = b.issues().get(k);
            if (!x.name().equals(y.name()) || !x.labels().equals(y.labels())) {
                return false;
            }
        }
        return true;
    }

    /** GeniusWeb's number utility: linear interpolation, rounded half-up to 8 decimals; 0 outside the range. */
    static double interpolate(BigDecimal v, BigDecimal lowV, BigDecimal lowU, BigDecimal highV, BigDecimal highU) {
        return interpolateExact(v, lowV, lowU, highV, highU).doubleValue();
    }

    /** The same, as the exact 8-decimal value. */
    static BigDecimal interpolateExact(BigDecimal v, BigDecimal lowV, BigDecimal lowU, BigDecimal highV,
                                       BigDecimal highU) {
        if (v.compareTo(lowV) < 0 || v.compareTo(highV) > 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal u = lowU.add(highU.subtract(lowU).multiply(v.subtract(lowV))
                .divide(highV.subtract(lowV), 30, RoundingMode.HALF_UP));
        return u.setScale(8, RoundingMode.HALF_UP);
    }

    static double[] normalise(double[] w, String path, Problems p) {
        return Weights.normalise(w, path, p);
    }
}
