/** Descriptive statistics shared by the backtest and the uncertainty analyses: sample quantiles. */
package org.parley.core.stats;
