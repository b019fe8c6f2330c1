package org.parley.io.geniusweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.io.genius.Problems;

/** The body of a {@code LinearAdditiveUtilitySpace}: issue utilities, weights and the reservation bid. */
final class GeniusWebProfile {

    private static final String AT = "LinearAdditiveUtilitySpace.";

    private GeniusWebProfile() {
    }

    static AdditiveProfile read(JsonNode las, String name, OutcomeSpace space, Problems p) {
        int dims = space.dimension();
        double[][] eval = new double[dims][];
        BigDecimal[][] exact = new BigDecimal[dims][];
        double[] w = new double[dims];
        JsonNode utils = las.path("issueUtilities");
        JsonNode weights = las.path("issueWeights");
        for (int k = 0; k < dims; k++) {
            DomainIssue issue = space.issues().get(k);
            exact[k] = new BigDecimal[issue.size()];
            eval[k] = evaluations(utils.get(issue.name()), issue, AT + "issueUtilities." + issue.name(), p, exact[k]);
            JsonNode wn = weights.get(issue.name());
            String at = AT + "issueWeights." + issue.name();
            if (wn == null) {
                p.error(at, "missing: every issue needs a weight");
            } else if (!wn.isNumber() || wn.decimalValue().signum() < 0) {
                p.error(at, "expected a number >= 0, got " + wn);
            } else {
                w[k] = wn.decimalValue().doubleValue();
                for (int v = 0; v < exact[k].length; v++) {
                    exact[k][v] = exact[k][v] == null ? BigDecimal.ZERO : exact[k][v].multiply(wn.decimalValue());
                }
            }
        }
        weights.fieldNames().forEachRemaining(f -> {
            if (space.issueIndex(f) < 0) {
                p.error(AT + "issueWeights." + f, "unknown issue '" + f + "'");
            }
        });
        utils.fieldNames().forEachRemaining(f -> {
            if (space.issueIndex(f) < 0) {
                p.error(AT + "issueUtilities." + f, "unknown issue '" + f + "'");
            }
        });
        p.throwIfAny();
        w = GeniusWebReader.normalise(w, AT + "issueWeights", p);
        int[] bid = reservationBid(las.get("reservationBid"), space, p);
        p.throwIfAny();
        return AdditiveProfile.weighted(name, w, eval, 0, 1, bid).withExact(exact);
    }

    private static double[] evaluations(JsonNode n, DomainIssue issue, String at, Problems p, BigDecimal[] exact) {
        double[] e = new double[issue.size()];
        if (n == null) {
            p.error(at, "missing: every issue needs utilities");
            return e;
        }
        JsonNode disc = n.has("DiscreteValueSetUtilities") ? n.get("DiscreteValueSetUtilities") : n.get("discreteutils");
        JsonNode num = n.has("NumberValueSetUtilities") ? n.get("NumberValueSetUtilities") : n.get("numberutils");
        if (disc != null) {
            JsonNode vu = disc.path("valueUtilities");
            boolean[] seen = new boolean[e.length];
            vu.properties().forEach(f -> {
                int v = issue.indexOf(f.getKey());
                if (v < 0) {
                    p.error(at + "." + f.getKey(), "unknown value '" + f.getKey() + "' (not in the domain)");
                    return;
                }
                BigDecimal u = f.getValue().isNumber() ? f.getValue().decimalValue() : null;
                if (u == null || u.signum() < 0 || u.compareTo(BigDecimal.ONE) > 0) {
                    p.error(at + "." + f.getKey(), "utility must be a number in [0, 1], got " + f.getValue());
                    return;
                }
                e[v] = u.doubleValue();
                exact[v] = u;
                seen[v] = true;
            });
            for (int v = 0; v < e.length; v++) {
                if (!seen[v] && !p.any()) {
                    p.error(at, "no utility for value '" + issue.label(v) + "'");
                }
            }
            return e;
        }
        if (num != null) {
            BigDecimal lowV = GeniusWebReader.dec(num.get("lowValue"), at + ".lowValue", p);
            BigDecimal lowU = GeniusWebReader.dec(num.get("lowUtility"), at + ".lowUtility", p);
            BigDecimal highV = GeniusWebReader.dec(num.get("highValue"), at + ".highValue", p);
            BigDecimal highU = GeniusWebReader.dec(num.get("highUtility"), at + ".highUtility", p);
            if (lowV == null || lowU == null || highV == null || highU == null) {
                return e;
            }
            if (highV.compareTo(lowV) <= 0) {
                p.error(at, "highValue " + highV + " must exceed lowValue " + lowV);
                return e;
            }
            for (BigDecimal u : new BigDecimal[] {lowU, highU}) {
                if (u.signum() < 0 || u.compareTo(BigDecimal.ONE) > 0) {
                    p.error(at, "utilities must lie in [0, 1], got " + u);
                    return e;
                }
            }
            if (!issue.numeric()) {
                p.error(at, "number utilities for a discrete issue");
                return e;
            }
            for (int v = 0; v < e.length; v++) {
                exact[v] = GeniusWebReader.interpolateExact(new BigDecimal(issue.label(v)), lowV, lowU, highV, highU);
                e[v] = exact[v].doubleValue();
            }
            return e;
        }
        String kind = n.fieldNames().hasNext() ? n.fieldNames().next() : "?";
        p.error(at, "unsupported value-set utility '" + kind + "'; expected DiscreteValueSetUtilities / "
                + "discreteutils or NumberValueSetUtilities / numberutils");
        return e;
    }

    private static int[] reservationBid(JsonNode rb, OutcomeSpace space, Problems p) {
        if (rb == null || rb.isNull()) {
            return null;
        }
        JsonNode iv = rb.get("issuevalues");
        String at = AT + "reservationBid.issuevalues";
        if (iv == null || !iv.isObject()) {
            p.error(AT + "reservationBid", "expected {\"issuevalues\": {issue: value, ...}}");
            return null;
        }
        int[] bid = new int[space.dimension()];
        java.util.Arrays.fill(bid, -1);
        iv.properties().forEach(f -> {
            int k = space.issueIndex(f.getKey());
            if (k < 0) {
                p.error(at + "." + f.getKey(), "unknown issue '" + f.getKey() + "'");
                return;
            }
            DomainIssue issue = space.issues().get(k);
            JsonNode v = f.getValue();
            int idx = v.isNumber() ? issue.indexOfNumber(v.decimalValue().doubleValue()) : issue.indexOf(v.asText());
            if (idx < 0) {
                p.error(at + "." + f.getKey(), "unknown value " + v + " (not in the domain)");
            }
            bid[k] = idx;
        });
        for (int k = 0; k < bid.length; k++) {
            if (bid[k] < 0 && !iv.has(space.issues().get(k).name())) {
                p.error(at, "no value for issue '" + space.issues().get(k).name() + "' (a partial reservation bid "
                        + "has no utility)");
            }
        }
        return p.any() ? null : bid;
    }
}
