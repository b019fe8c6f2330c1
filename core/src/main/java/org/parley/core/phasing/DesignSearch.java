package org.parley.core.phasing;

/**
 * How the designer's search went: whether it is exact (no party's ideal point lies inside an issue's range, so one
 * linear program covers every schedule and the designed schedules are optimal, not only locally), the best minimum
 * slack found (utility points per year), an upper bound on the minimum slack of every schedule (the relaxation's;
 * null when the search is exact or the last-step lemma decided), the number of linear programs solved, whether it
 * stopped at the budget, and the party whose last step rules out every finite schedule ({@code lastStep}; the
 * last-step problem of the phasing spec, Section 4.2), or null. A verdict of {@code NO_SCHEDULE_EXISTS} is always
 * proven, by the exact program, the bound or the lemma.
 */
public record DesignSearch(boolean exact, double bestMinSlack, Double upperBound, int programs, boolean capped,
                           String lastStep) {
}
