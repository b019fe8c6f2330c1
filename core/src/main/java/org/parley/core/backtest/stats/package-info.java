/** Error metrics, the paired and cluster bootstrap and the sign test of a backtest (Efron and Tibshirani 1993). */
package org.parley.core.backtest.stats;
