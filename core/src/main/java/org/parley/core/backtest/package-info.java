/** Scoring forecasting models against decided outcomes (the DEU III backtest; Thomson et al. 2006). */
package org.parley.core.backtest;
