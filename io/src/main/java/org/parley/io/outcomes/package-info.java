/** Outcome data sets for backtesting: the generic outcome CSV, capability vectors, and telling the formats apart. */
package org.parley.io.outcomes;
