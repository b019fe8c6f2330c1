/** KTAB's Spatial Model of Politics (SMP): challenges, S2P2 bargains and probabilistic Condorcet elections. */
package org.parley.core.forecast.smp;
