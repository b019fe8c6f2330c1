/**
 * Bid spaces seen through one profile: every bid (or a searched sample of a space too large to enumerate) sorted by
 * its utility, so that "the bid nearest to utility x" is a binary search (GENIUS {@code SortedOutcomeSpace},
 * GeniusWeb {@code BidsWithUtility}).
 */
package org.parley.core.negotiation.bidspace;
