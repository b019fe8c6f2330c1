package org.parley.io.geniusweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.io.genius.Problems;
import org.parley.io.genius.Weights;
import org.parley.io.text.TextFile;

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

    /** The tree of a GeniusWeb file. */
    public static JsonNode tree(TextFile text) {
        return GeniusWebJson.parse(text);
    }

    /** The domain in a domain file. */
    public static OutcomeSpace domain(TextFile text, List<String> warnings) {
        Problems p = new Problems(text.name(), warnings);
        OutcomeSpace s = domain(GeniusWebJson.parse(text), "", p);
        p.throwIfAny();
        return s;
    }

    /** The domain a profile file carries inside it. */
    public static OutcomeSpace embeddedDomain(TextFile text, List<String> warnings) {
        Problems p = new Problems(text.name(), warnings);
        JsonNode las = GeniusWebJson.parse(text).path("LinearAdditiveUtilitySpace");
        if (!las.has("domain")) {
            p.error("LinearAdditiveUtilitySpace.domain", "missing, and no domain file given");
            p.throwIfAny();
        }
        OutcomeSpace s = domain(las.get("domain"), "LinearAdditiveUtilitySpace.domain.", p);
        p.throwIfAny();
        return s;
    }

    static OutcomeSpace domain(JsonNode n, String path, Problems p) {
        JsonNode iv = n.get("issuesValues");
        if (iv == null || !iv.isObject()) {
            p.error(path + "issuesValues", "missing: a GeniusWeb domain is {\"name\": .., \"issuesValues\": {..}}");
            p.throwIfAny();
        }
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

    private static DomainIssue issue(String name, JsonNode n, String at, Problems p) {
        try {
            if (n.has("values")) {
                List<String> values = new ArrayList<>();
                for (JsonNode v : n.get("values")) {
                    values.add(v.asText());
                }
                return DomainIssue.discrete(name, values);
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
            p.error(at, "expected a number, got " + (n == null ? "nothing" : n.toString()));
            return null;
        }
        return n.decimalValue();
    }

    /**
     * The profile in a profile file. With {@code domain} given, the profile's own domain must equal it; without, the
     * profile's domain is used.
     */
    public static AdditiveProfile profile(TextFile text, String name, OutcomeSpace domain, List<String> warnings) {
        Problems p = new Problems(text.name(), warnings);
        JsonNode root = GeniusWebJson.parse(text);
        JsonNode las = root.get("LinearAdditiveUtilitySpace");
        if (las == null) {
            String kind = root.isObject() && root.fieldNames().hasNext() ? root.fieldNames().next() : "?";
            p.error(kind, "unsupported profile type '" + kind + "'; Parley reads LinearAdditiveUtilitySpace profiles");
            p.throwIfAny();
        }
        OutcomeSpace own = las.has("domain") ? domain(las.get("domain"), "LinearAdditiveUtilitySpace.domain.", p)
                : null;
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
