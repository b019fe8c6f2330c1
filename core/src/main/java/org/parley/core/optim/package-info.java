/** Small exact optimisers the analyses share: a dense two-phase simplex for linear programs. */
package org.parley.core.optim;
