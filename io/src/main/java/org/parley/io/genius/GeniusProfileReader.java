package org.parley.io.genius;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.Profile;
import org.parley.io.Limits;
import org.parley.io.text.TextFile;
import org.parley.io.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a GENIUS profile ({@code <utility_space>}) against its domain. Additive (no type, or {@code linear}):
 * discrete evaluations divided by the issue's maximum, integer {@code clamp(slope (v - lower) + offset)}, real
 * linear / triangular / constant evaluators, weights keyed by issue index and normalised to sum 1. Nonlinear: see
 * {@link NonlinearProfileReader}. The profile's issues must match the domain's.
 */
public final class GeniusProfileReader {

    private GeniusProfileReader() {
    }

    /** The profile in {@code text}, named {@code name}, over {@code domain}, under the default limits. */
    public static Profile read(TextFile text, String name, GeniusDomain domain, int realGrid, List<String> warnings) {
        return read(text.name(), SecureXml.parse(text, Limits.defaults()), Limits.defaults(), name, domain, realGrid,
                warnings);
    }

    /** The profile in the parsed document of file {@code file}, named {@code name}, over {@code domain}. */
    public static Profile read(String file, Document doc, Limits limits, String name, GeniusDomain domain,
                               int realGrid, List<String> warnings) {
        Problems p = new Problems(file, warnings);
        Element us = doc.getDocumentElement();
        if (!us.getTagName().equals("utility_space")) {
            p.error(us.getTagName(), "expected a GENIUS profile with root <utility_space>");
            p.throwIfAny();
        }
        String type = SecureXml.attr(us, "type");
        type = type == null ? "linear" : type.trim().toLowerCase(Locale.ROOT);
        if (!List.of("linear", "additive", "nonlinear").contains(type)) {
            p.error("utility_space", "unsupported profile type '" + type + "'; Parley reads additive (linear) "
                    + "and nonlinear (hyper-rectangle) profiles");
            p.throwIfAny();
        }
        double rv = reservation(us, p);
        double discount = discount(us, p);
        Element objective = GeniusIssues.objective(us, p);
        p.throwIfAny();
        List<GeniusIssues.Def> defs = GeniusIssues.read(objective, realGrid, limits.maxValues(), p);
        p.throwIfAny();
        Map<Integer, GeniusIssues.Def> byIndex = match(defs, domain, p);
        p.throwIfAny();
        switch (type) {
            case "linear":
            case "additive":
                return additive(name, objective, byIndex, domain, rv, discount, p);
            case "nonlinear":
                return NonlinearProfileReader.read(name, objective, domain, rv, discount, p);
            default:
                p.error("utility_space", "unsupported profile type '" + type + "'; Parley reads additive (linear) "
                        + "and nonlinear (hyper-rectangle) profiles");
                p.throwIfAny();
                throw new IllegalStateException();
        }
    }

    private static double reservation(Element us, Problems p) {
        Element r = SecureXml.child(us, "reservation");
        if (r == null) {
            return 0;
        }
        BigDecimal v = p.number("reservation", "value", SecureXml.attr(r, "value"));
        if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0)) {
            p.error("reservation", "value " + v + " must lie in [0, 1]");
        }
        return v == null ? 0 : v.doubleValue();
    }

    private static double discount(Element us, Problems p) {
        Element d = SecureXml.child(us, "discount_factor");
        if (d == null) {
            return 1;
        }
        BigDecimal v = p.number("discount_factor", "value", SecureXml.attr(d, "value"));
        return v == null ? 1 : Profile.normaliseDiscount(v.doubleValue());
    }

    /** The profile's issue definitions by domain position; mismatches with the domain are errors. */
    private static Map<Integer, GeniusIssues.Def> match(List<GeniusIssues.Def> defs, GeniusDomain domain,
                                                        Problems p) {
        Map<Integer, GeniusIssues.Def> byPosition = new HashMap<>();
        for (GeniusIssues.Def d : defs) {
            int k = domain.position(d.index());
            if (k < 0) {
                p.error(d.path(), "issue index " + d.index() + " is not in the domain");
                continue;
            }
            DomainIssue want = domain.space().issues().get(k);
            DomainIssue got = d.issue();
            if (want.kind() != got.kind()) {
                p.error(d.path(), "type " + got.kind().name().toLowerCase(Locale.ROOT) + " differs from the domain's "
                        + want.kind().name().toLowerCase(Locale.ROOT));
            } else if (want.kind() == DomainIssue.Kind.DISCRETE
                    && !new java.util.HashSet<>(want.labels()).equals(new java.util.HashSet<>(got.labels()))) {
                java.util.Set<String> extra = new java.util.LinkedHashSet<>(got.labels());
                extra.removeAll(want.labels());
                java.util.Set<String> missing = new java.util.LinkedHashSet<>(want.labels());
                missing.removeAll(got.labels());
                p.error(d.path(), (extra.isEmpty() ? "" : "unknown values " + extra + " (not in the domain)")
                        + (extra.isEmpty() || missing.isEmpty() ? "" : "; ")
                        + (missing.isEmpty() ? "" : "no evaluation for domain values " + missing));
            } else if (want.kind() != DomainIssue.Kind.DISCRETE && !want.labels().equals(got.labels())) {
                p.error(d.path(), "bounds differ from the domain's");
            }
            byPosition.put(k, d);
        }
        for (int k = 0; k < domain.space().dimension(); k++) {
            if (!byPosition.containsKey(k)) {
                p.error("objective", "issue '" + domain.space().issues().get(k).name() + "' (index "
                        + domain.indices().get(k) + ") of the domain is missing from the profile");
            }
        }
        return byPosition;
    }

    private static AdditiveProfile additive(String name, Element objective, Map<Integer, GeniusIssues.Def> byPos,
                                            GeniusDomain domain, double rv, double discount, Problems p) {
        int dims = domain.space().dimension();
        double[][] eval = new double[dims][];
        for (int k = 0; k < dims; k++) {
            eval[k] = evaluations(byPos.get(k), domain.space().issues().get(k), p);
        }
        double[] weights = weights(objective, domain, p);
        p.throwIfAny();
        AdditiveProfile profile = AdditiveProfile.weighted(name, weights, eval, rv, discount, null);
        java.math.BigDecimal[][] exact = ExactTables.of(objective, byPos, domain, eval);
        return exact == null ? profile : profile.withExact(exact);
    }

    private static double[] evaluations(GeniusIssues.Def d, DomainIssue issue, Problems p) {
        double[] e = new double[issue.size()];
        String type = GeniusIssues.type(d.element(), d.path(), new Problems(p.file(), new java.util.ArrayList<>()));
        if (type.equals("discrete")) {
            double max = 0;
            for (Element item : SecureXml.children(d.element(), "item")) {
                String value = SecureXml.attr(item, "value");
                BigDecimal ev = p.number(d.path() + "/item[value=" + value + "]", "evaluation",
                        SecureXml.attr(item, "evaluation"));
                int v = issue.indexOf(value);
                if (ev == null || v < 0) {
                    continue;
                }
                if (ev.signum() < 0) {
                    p.error(d.path() + "/item[value=" + value + "]", "evaluation " + ev + " must be >= 0");
                }
                e[v] = ev.doubleValue();
                max = Math.max(max, e[v]);
            }
            for (int v = 0; v < e.length; v++) {
                e[v] = max < 1e-5 ? 0 : e[v] / max;
            }
            return e;
        }
        Element ev = SecureXml.child(d.element(), "evaluator");
        if (ev == null) {
            p.error(d.path(), "a " + type + " issue needs an <evaluator> in a profile");
            return e;
        }
        String ftype = SecureXml.attr(ev, "ftype");
        ftype = ftype == null ? "linear" : ftype.trim().toLowerCase(Locale.ROOT);
        String at = d.path() + "/evaluator";
        if (type.equals("integer")) {
            BigDecimal slope = p.number(at, "slope", SecureXml.attr(ev, "slope"));
            BigDecimal offset = p.number(at, "offset", SecureXml.attr(ev, "offset"));
            if (slope != null && offset != null) {
                for (int v = 0; v < e.length; v++) {
                    e[v] = clamp(slope.doubleValue() * (issue.number(v) - issue.lower()) + offset.doubleValue());
                }
            }
            return e;
        }
        BigDecimal p0 = p.number(at, "parameter0", SecureXml.attr(ev, "parameter0"));
        BigDecimal p1 = ftype.equals("constant") ? BigDecimal.ZERO
                : p.number(at, "parameter1", SecureXml.attr(ev, "parameter1"));
        BigDecimal p2 = ftype.equals("triangular") ? p.number(at, "parameter2", SecureXml.attr(ev, "parameter2"))
                : BigDecimal.ZERO;
        if (p0 == null || p1 == null || p2 == null) {
            return e;
        }
        for (int v = 0; v < e.length; v++) {
            double x = issue.number(v);
            switch (ftype) {
                case "linear":
                    e[v] = clamp(p1.doubleValue() * x + p0.doubleValue());
                    break;
                case "constant":
                    e[v] = clamp(p0.doubleValue());
                    break;
                case "triangular":
                    e[v] = triangular(x, p0.doubleValue(), p1.doubleValue(), p2.doubleValue());
                    break;
                default:
                    p.error(at, "unknown evaluator ftype '" + ftype + "'; expected linear, triangular or constant");
                    return e;
            }
        }
        return e;
    }

    static double triangular(double x, double lower, double upper, double top) {
        if (x < lower || x > upper) {
            return 0;
        }
        if (x <= top) {
            return top == lower ? 1 : (x - lower) / (top - lower);
        }
        return upper == top ? 1 : (upper - x) / (upper - top);
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    /** Weights keyed by issue index, checked and normalised to sum 1. */
    static double[] weights(Element objective, GeniusDomain domain, Problems p) {
        int dims = domain.space().dimension();
        double[] w = new double[dims];
        boolean[] given = new boolean[dims];
        for (Element we : descendants(objective, "weight")) {
            String idx = SecureXml.attr(we, "index");
            String at = "weight[index=" + idx + "]";
            int k;
            try {
                k = domain.position(Integer.parseInt(idx == null ? "" : idx.trim()));
            } catch (NumberFormatException ex) {
                p.error(at, "index '" + idx + "' is not a whole number");
                continue;
            }
            if (k < 0) {
                continue;
            }
            BigDecimal v = p.number(at, "value", SecureXml.attr(we, "value"));
            if (v == null) {
                continue;
            }
            if (v.signum() < 0) {
                p.error(at, "weight " + v + " must be >= 0");
            }
            w[k] = v.doubleValue();
            given[k] = true;
        }
        for (int k = 0; k < dims; k++) {
            if (!given[k]) {
                p.error("objective", "no <weight> for issue '" + domain.space().issues().get(k).name() + "' (index "
                        + domain.indices().get(k) + ")");
            }
        }
        return Weights.normalise(w, "weights", p);
    }

    private static List<Element> descendants(Element e, String tag) {
        List<Element> out = new java.util.ArrayList<>();
        for (Element c : SecureXml.children(e, null)) {
            if (c.getTagName().equals(tag)) {
                out.add(c);
            } else if (c.getTagName().equals("objective")) {
                out.addAll(descendants(c, tag));
            }
        }
        return out;
    }
}
