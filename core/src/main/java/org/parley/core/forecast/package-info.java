/** Forecasting models: each turns a scenario into a predicted outcome per issue, with the rounds that led there. */
package org.parley.core.forecast;
