package org.parley.io.genius;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.parley.core.outcomes.DomainIssue;
import org.parley.io.xml.SecureXml;
import org.w3c.dom.Element;

/**
 * The exact contributions of a GENIUS additive profile, up to one positive factor: with raw weights {@code w_k},
 * raw evaluations {@code eval_k(v)} and per-issue maxima {@code max_k} (GENIUS divides by them),
 * {@code x_k(v) = w_k eval_k(v) prod_{j != k} max_j}, a decimal; the true contribution is
 * {@code x_k(v) / (sum_j w_j prod_j max_j)}. Integer evaluators are exact decimals; real ones are taken from their
 * double values. Null when the file gives something unexpected (the double tables then stand alone).
 */
final class ExactTables {

    private ExactTables() {
    }

    static BigDecimal[][] of(Element objective, Map<Integer, GeniusIssues.Def> byPos, GeniusDomain domain,
                             double[][] doubles) {
        try {
            int dims = domain.space().dimension();
            BigDecimal[] w = new BigDecimal[dims];
            for (Element we : SecureXml.children(objective, "weight")) {
                int k = domain.position(Integer.parseInt(we.getAttribute("index").trim()));
                if (k >= 0) {
                    w[k] = new BigDecimal(we.getAttribute("value").trim());
                }
            }
            BigDecimal[][] num = new BigDecimal[dims][];
            BigDecimal[] max = new BigDecimal[dims];
            for (int k = 0; k < dims; k++) {
                if (w[k] == null) {
                    return null;
                }
                DomainIssue issue = domain.space().issues().get(k);
                Element e = byPos.get(k).element();
                num[k] = new BigDecimal[issue.size()];
                max[k] = BigDecimal.ONE;
                String type = SecureXml.attr(e, "type");
                type = type == null ? SecureXml.attr(e, "vtype") : type;
                type = type == null ? "discrete" : type.trim().toLowerCase(Locale.ROOT);
                if (type.equals("discrete")) {
                    BigDecimal m = BigDecimal.ZERO;
                    for (Element item : SecureXml.children(e, "item")) {
                        int v = issue.indexOf(item.getAttribute("value"));
                        BigDecimal ev = new BigDecimal(item.getAttribute("evaluation").trim());
                        num[k][v] = ev;
                        m = m.max(ev);
                    }
                    if (m.compareTo(new BigDecimal("0.00001")) < 0) {
                        java.util.Arrays.fill(num[k], BigDecimal.ZERO);
                    } else {
                        max[k] = m;
                    }
                } else if (type.equals("integer")) {
                    Element ev = SecureXml.child(e, "evaluator");
                    BigDecimal slope = new BigDecimal(ev.getAttribute("slope").trim());
                    BigDecimal offset = new BigDecimal(ev.getAttribute("offset").trim());
                    BigDecimal lower = BigDecimal.valueOf((long) issue.lower());
                    for (int v = 0; v < issue.size(); v++) {
                        BigDecimal x = slope.multiply(BigDecimal.valueOf((long) issue.number(v)).subtract(lower))
                                .add(offset);
                        num[k][v] = x.max(BigDecimal.ZERO).min(BigDecimal.ONE);
                    }
                } else {
                    for (int v = 0; v < issue.size(); v++) {
                        num[k][v] = new BigDecimal(doubles[k][v]);
                    }
                }
                for (BigDecimal x : num[k]) {
                    if (x == null) {
                        return null;
                    }
                }
            }
            BigDecimal[][] out = new BigDecimal[dims][];
            for (int k = 0; k < dims; k++) {
                BigDecimal others = w[k];
                for (int j = 0; j < dims; j++) {
                    if (j != k) {
                        others = others.multiply(max[j]);
                    }
                }
                out[k] = new BigDecimal[num[k].length];
                for (int v = 0; v < out[k].length; v++) {
                    out[k][v] = others.multiply(num[k][v]);
                }
            }
            return out;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
