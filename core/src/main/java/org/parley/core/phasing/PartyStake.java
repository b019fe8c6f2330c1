package org.parley.core.phasing;

/**
 * What the package means for one party, per year once it is complete (utility points): {@code gain}, the value of
 * the others' concessions to it; {@code cost}, what its own concessions cost it; {@code atRisk}, what the punishment
 * would take from it after the last stage (its counterparts' reversible terms, or the fall to its no-deal value).
 * In the two-party linear case of Lockwood and Thomas (2002) these are {@code b}, {@code c} and the hostage
 * {@code h}.
 */
public record PartyStake(String actor, double discount, double gain, double cost, double atRisk) {
}
