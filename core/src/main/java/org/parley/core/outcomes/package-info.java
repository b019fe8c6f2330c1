/** Outcome spaces: issues with their value sets, outcomes (bids) as value indices, overflow-safe sizes. */
package org.parley.core.outcomes;
