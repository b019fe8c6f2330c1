package org.parley.io.genius;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.preferences.HyperRectangleProfile;
import org.parley.core.preferences.UtilityTree;
import org.parley.io.xml.SecureXml;
import org.w3c.dom.Element;

/**
 * Reads the {@code <utility maxutility=..>} tree of a GENIUS nonlinear profile: nested {@code <ufun>} nodes
 * (aggregation sum/max/min, weight) holding {@code <hyperRectangle utility=.. weight=..>} elements bounded by
 * {@code <INCLUDES>} or {@code <EXCLUDES index min max>} (inclusive, integer issues). A rectangle with both kinds of
 * bound is refused (GENIUS would silently use only the EXCLUDES).
 */
final class NonlinearProfileReader {

    private NonlinearProfileReader() {
    }

    static HyperRectangleProfile read(String name, Element objective, GeniusDomain domain, double rv,
                                      double discount, Problems p) {
        Element utility = SecureXml.child(objective, "utility");
        if (utility == null) {
            p.error("objective", "a nonlinear profile needs a <utility maxutility=..> element");
            p.throwIfAny();
        }
        BigDecimal max = p.number("utility", "maxutility", SecureXml.attr(utility, "maxutility"));
        List<UtilityTree> roots = new ArrayList<>();
        for (Element u : SecureXml.children(utility, "ufun")) {
            roots.add(ufun(u, "utility/ufun", domain, p));
        }
        if (max != null && max.signum() <= 0) {
            p.error("utility", "maxutility must be positive, got " + max);
        }
        p.throwIfAny();
        UtilityTree root = roots.size() == 1 ? roots.get(0)
                : new UtilityTree(UtilityTree.Aggregation.SUM, 1, List.of(), roots);
        return new HyperRectangleProfile(name, root, max.doubleValue(), rv, discount);
    }

    private static UtilityTree ufun(Element u, String path, GeniusDomain domain, Problems p) {
        String agg = SecureXml.attr(u, "aggregation");
        UtilityTree.Aggregation a;
        switch (agg == null ? "sum" : agg.trim().toLowerCase(Locale.ROOT)) {
            case "sum":
                a = UtilityTree.Aggregation.SUM;
                break;
            case "max":
                a = UtilityTree.Aggregation.MAX;
                break;
            case "min":
                a = UtilityTree.Aggregation.MIN;
                break;
            default:
                p.error(path, "aggregation '" + agg + "': expected sum, max or min");
                a = UtilityTree.Aggregation.SUM;
        }
        double weight = optional(u, "weight", path, p);
        List<UtilityTree.Rectangle> rects = new ArrayList<>();
        List<UtilityTree> children = new ArrayList<>();
        int r = 0;
        for (Element c : SecureXml.children(u, null)) {
            if (c.getTagName().equals("hyperRectangle")) {
                UtilityTree.Rectangle rect = rectangle(c, path + "/hyperRectangle[" + (++r) + "]", domain, p);
                if (rect != null) {
                    rects.add(rect);
                }
            } else if (c.getTagName().equals("ufun")) {
                children.add(ufun(c, path + "/ufun", domain, p));
            }
        }
        return new UtilityTree(a, weight, rects, children);
    }

    private static double optional(Element e, String attr, String path, Problems p) {
        String s = SecureXml.attr(e, attr);
        if (s == null) {
            return 1;
        }
        BigDecimal v = p.number(path, attr, s);
        return v == null ? 1 : v.doubleValue();
    }

    private static UtilityTree.Rectangle rectangle(Element e, String path, GeniusDomain domain, Problems p) {
        BigDecimal utility = p.number(path, "utility", SecureXml.attr(e, "utility"));
        double weight = optional(e, "weight", path, p);
        List<Element> inc = SecureXml.children(e, "INCLUDES");
        List<Element> exc = SecureXml.children(e, "EXCLUDES");
        if (!inc.isEmpty() && !exc.isEmpty()) {
            p.error(path, "has both INCLUDES and EXCLUDES bounds; GENIUS would ignore the INCLUDES, Parley refuses");
            return null;
        }
        List<Element> bounds = inc.isEmpty() ? exc : inc;
        int[] issue = new int[bounds.size()];
        int[] min = new int[bounds.size()];
        int[] max = new int[bounds.size()];
        for (int b = 0; b < bounds.size(); b++) {
            Element bound = bounds.get(b);
            String at = path + "/" + bound.getTagName() + "[index=" + SecureXml.attr(bound, "index") + "]";
            BigDecimal idx = p.number(at, "index", SecureXml.attr(bound, "index"));
            BigDecimal lo = p.number(at, "min", SecureXml.attr(bound, "min"));
            BigDecimal hi = p.number(at, "max", SecureXml.attr(bound, "max"));
            if (idx == null || lo == null || hi == null) {
                return null;
            }
            int k = domain.position(idx.intValue());
            if (k < 0) {
                p.error(at, "issue index " + idx + " is not in the domain");
                return null;
            }
            DomainIssue di = domain.space().issues().get(k);
            if (di.kind() != DomainIssue.Kind.INTEGER) {
                p.error(at, "hyper-rectangle bounds need an integer issue; '" + di.name() + "' is "
                        + di.kind().name().toLowerCase(Locale.ROOT));
                return null;
            }
            issue[b] = k;
            min[b] = (int) Math.max(-1, Math.min(di.size(), Math.ceil(lo.doubleValue() - di.lower())));
            max[b] = (int) Math.max(-1, Math.min(di.size(), Math.floor(hi.doubleValue() - di.lower())));
        }
        return utility == null ? null
                : new UtilityTree.Rectangle(utility.doubleValue() * weight, !exc.isEmpty(), issue, min, max);
    }
}
