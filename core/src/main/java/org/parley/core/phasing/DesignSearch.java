package org.parley.core.phasing;

/**
 * How the designer's search went: whether its answer is exact (no party's ideal point lies inside an issue's
 * range, so one linear program covers every schedule, or its bound proves that none exists), the best minimum
 * slack found (utility points per year), an upper bound on the minimum slack of every schedule (null when the
 * search is exact), the number of linear programs solved, whether it stopped at the budget, and the party whose
 * last step rules out every finite schedule ({@code lastStep}; the last-step problem of the phasing spec, Section
 * 4.2), or null.
 */
public record DesignSearch(boolean exact, double bestMinSlack, Double upperBound, int programs, boolean capped,
                           String lastStep) {
}
