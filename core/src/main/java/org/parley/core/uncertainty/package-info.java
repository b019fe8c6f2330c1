/**
 * How far the conclusions move when the judgements move: distributions of the inputs, Monte Carlo sweeps with rank
 * correlations (Iman and Conover 1982), one-at-a-time tornadoes, break-even values, rank correlations and Sobol
 * indices (Saltelli et al. 2010, Jansen 1999), and advice on levers. See docs/models/uncertainty.md.
 */
package org.parley.core.uncertainty;
