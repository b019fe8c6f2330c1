package org.parley.core.outcomes;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain: named issues whose Cartesian product is the set of outcomes (bids). An outcome is an {@code int[]} of
 * value indices, one per issue. Enumeration order is lexicographic, first issue slowest, values in file order, so
 * outcome number {@code k} is {@code k} written in the mixed radix of the issue sizes.
 */
public record OutcomeSpace(String name, List<DomainIssue> issues) {

    public OutcomeSpace {
        issues = List.copyOf(issues);
        if (issues.stream().map(DomainIssue::name).distinct().count() != issues.size()) {
            throw new IllegalArgumentException("domain '" + name + "' has two issues with the same name");
        }
    }

    /** The number of issues. */
    public int dimension() {
        return issues.size();
    }

    /** The exact number of outcomes (overflow-safe); a space with a real issue throws. */
    public BigInteger size() {
        BigInteger n = BigInteger.ONE;
        for (DomainIssue i : issues) {
            n = n.multiply(BigInteger.valueOf(i.size()));
        }
        return n;
    }

    /** The number of outcomes, or {@link Long#MAX_VALUE} when it does not fit in a long. */
    public long sizeSaturated() {
        BigInteger n = size();
        return n.bitLength() < 63 ? n.longValueExact() : Long.MAX_VALUE;
    }

    /** The space's size, if it is at most {@code limit}; otherwise a refusal naming the size and {@code flag}. */
    public long requireAtMost(long limit, String flag) {
        BigInteger n = size();
        if (n.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new TooManyOutcomesException(n, limit, flag);
        }
        return n.longValueExact();
    }

    /** The number of values of each issue. */
    public int[] radices() {
        int[] r = new int[issues.size()];
        for (int k = 0; k < r.length; k++) {
            r[k] = issues.get(k).size();
        }
        return r;
    }

    /** Outcome number {@code index} in enumeration order. */
    public int[] outcome(long index) {
        int[] o = new int[issues.size()];
        for (int k = o.length - 1; k >= 0; k--) {
            int r = issues.get(k).size();
            o[k] = (int) (index % r);
            index /= r;
        }
        return o;
    }

    /** The enumeration number of an outcome. */
    public long index(int[] outcome) {
        long index = 0;
        for (int k = 0; k < outcome.length; k++) {
            index = index * issues.get(k).size() + outcome[k];
        }
        return index;
    }

    /** The index of the issue with the given name, or -1. */
    public int issueIndex(String issueName) {
        for (int k = 0; k < issues.size(); k++) {
            if (issues.get(k).name().equals(issueName)) {
                return k;
            }
        }
        return -1;
    }

    /** An outcome as numbers (issue name to value), for spaces whose issues are all numeric. */
    public Map<String, Double> numbers(int[] outcome) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < outcome.length; k++) {
            m.put(issues.get(k).name(), issues.get(k).number(outcome[k]));
        }
        return m;
    }

}
