/**
 * The pre-registered proposal-level split of a backtest and the models fitted on its train half only (tuning on
 * held-out data would flatter them; Schneider, Finke and Bailer 2010 on DEU).
 */
package org.parley.core.backtest.split;
