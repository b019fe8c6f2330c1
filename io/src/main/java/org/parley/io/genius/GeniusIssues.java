package org.parley.io.genius;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.core.outcomes.DomainIssue;
import org.parley.io.text.Numbers;
import org.parley.io.xml.SecureXml;
import org.w3c.dom.Element;

/** Reads the {@code <issue>} elements of a GENIUS objective tree (domain and profile files share them). */
final class GeniusIssues {

    /** One {@code <issue>} element and the issue it defines. */
    record Def(int index, String path, Element element, DomainIssue issue) {
    }

    private GeniusIssues() {
    }

    /** The {@code <objective>} root of a utility space, or null with an error. */
    static Element objective(Element utilitySpace, Problems p) {
        Element o = SecureXml.child(utilitySpace, "objective");
        if (o == null) {
            p.error("utility_space", "no <objective> element (the issues live inside it)");
        }
        return o;
    }

    /**
     * The issues below an objective, in document order (nested objectives flattened). Refuses, before building
     * any, a domain whose issues would hold more than {@code maxValues} values in all.
     */
    static List<Def> read(Element objective, int realGrid, int maxValues, Problems p) {
        List<Element> elements = new ArrayList<>();
        collect(objective, elements);
        requireValuesWithin(elements, realGrid, maxValues, p);
        List<Def> defs = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Element e : elements) {
            String idx = SecureXml.attr(e, "index");
            String name = SecureXml.attr(e, "name");
            String path = "issue[index=" + idx + "]";
            int index;
            try {
                index = Integer.parseInt(idx == null ? "" : idx.trim());
            } catch (NumberFormatException ex) {
                p.error(path + (name == null ? "" : "(" + name + ")"), "index '" + idx + "' is not a whole number");
                continue;
            }
            if (!seen.add(index)) {
                p.error(path, "two issues have index " + index);
                continue;
            }
            if (name == null || name.isBlank()) {
                p.error(path, "missing name");
                continue;
            }
            path = "issue[index=" + index + "](" + name + ")";
            DomainIssue issue = issue(e, name, path, realGrid, p);
            if (issue != null) {
                defs.add(new Def(index, path, e, issue));
            }
        }
        if (defs.isEmpty() && !p.any()) {
            p.error("objective", "no <issue> elements: a domain needs at least one issue");
        }
        return defs;
    }

    /** Counts the values the issues would have (integer ranges by their bounds, without building them). */
    private static void requireValuesWithin(List<Element> elements, int realGrid, int maxValues, Problems p) {
        BigInteger total = BigInteger.ZERO;
        for (Element e : elements) {
            String type = type(e, "", new Problems(p.file(), new ArrayList<>()));
            long n = switch (type) {
                case "integer" -> {
                    BigDecimal lo = Numbers.parse(String.valueOf(SecureXml.attr(e, "lowerbound")));
                    BigDecimal hi = Numbers.parse(String.valueOf(SecureXml.attr(e, "upperbound")));
                    yield lo == null || hi == null || hi.compareTo(lo) < 0 ? 0
                            : hi.subtract(lo).min(BigDecimal.valueOf(Long.MAX_VALUE - 1)).longValue() + 1;
                }
                case "real" -> realGrid;
                default -> SecureXml.children(e, "item").size();
            };
            total = total.add(BigInteger.valueOf(n));
        }
        if (total.compareTo(BigInteger.valueOf(maxValues)) > 0) {
            p.error("objective", "the issues have " + total + " values in all, more than the limit of " + maxValues
                    + "; expected a smaller domain");
            p.throwIfAny();
        }
    }

    private static void collect(Element objective, List<Element> out) {
        for (Element c : SecureXml.children(objective, null)) {
            if (c.getTagName().equals("issue")) {
                out.add(c);
            } else if (c.getTagName().equals("objective")) {
                collect(c, out);
            }
        }
    }

    /** The issue's type: {@code type}, else {@code vtype}, else discrete; a disagreement is warned about. */
    static String type(Element e, String path, Problems p) {
        String type = SecureXml.attr(e, "type");
        String vtype = SecureXml.attr(e, "vtype");
        if (type != null && vtype != null && !type.equals(vtype)) {
            p.warn(path, "type '" + type + "' and vtype '" + vtype + "' disagree; using type");
        }
        String t = type != null ? type : vtype != null ? vtype : "discrete";
        return t.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static DomainIssue issue(Element e, String name, String path, int realGrid, Problems p) {
        String type = type(e, path, p);
        switch (type) {
            case "discrete": {
                List<String> values = new ArrayList<>();
                for (Element item : SecureXml.children(e, "item")) {
                    String v = SecureXml.attr(item, "value");
                    if (v == null) {
                        p.error(path, "an <item> has no value attribute");
                    } else if (values.contains(v)) {
                        p.error(path, "value " + Numbers.quote(v) + " appears twice");
                    } else {
                        values.add(v);
                    }
                }
                if (values.isEmpty()) {
                    p.error(path, "a discrete issue needs at least one <item value=...>");
                    return null;
                }
                return DomainIssue.discrete(name, values);
            }
            case "integer": {
                BigDecimal lo = p.number(path, "lowerbound", SecureXml.attr(e, "lowerbound"));
                BigDecimal hi = p.number(path, "upperbound", SecureXml.attr(e, "upperbound"));
                if (lo == null || hi == null) {
                    return null;
                }
                try {
                    return DomainIssue.integer(name, lo.longValueExact(), hi.longValueExact());
                } catch (ArithmeticException | IllegalArgumentException ex) {
                    p.error(path, "integer bounds " + lo + ".." + hi + ": " + ex.getMessage());
                    return null;
                }
            }
            case "real": {
                Element range = SecureXml.child(e, "range");
                if (range == null) {
                    p.error(path, "a real issue needs a <range lowerbound=.. upperbound=..> child");
                    return null;
                }
                BigDecimal lo = p.number(path + "/range", "lowerbound", SecureXml.attr(range, "lowerbound"));
                BigDecimal hi = p.number(path + "/range", "upperbound", SecureXml.attr(range, "upperbound"));
                if (lo == null || hi == null) {
                    return null;
                }
                if (hi.compareTo(lo) <= 0) {
                    p.error(path, "upperbound " + hi + " must exceed lowerbound " + lo);
                    return null;
                }
                p.warn(path, "real issue discretised into " + realGrid + " equally spaced values (--grid)");
                return DomainIssue.grid(name, lo.doubleValue(), hi.doubleValue(), realGrid);
            }
            default:
                p.error(path, "unknown issue type '" + type + "'; expected discrete, integer or real");
                return null;
        }
    }
}
