/**
 * Optimisers the analyses share: linear programs as values ({@code LinearProgram}) solved by a {@code LinearSolver}
 * (Parley's dense two-phase simplex) within a budget of pivots the caller states.
 */
package org.parley.core.optim;
