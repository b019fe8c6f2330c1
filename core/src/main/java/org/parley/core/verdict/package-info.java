/**
 * The answer in plain words: for each package whether it passes, who blocks it and by how much, the cheapest fix,
 * the judgements a close verdict hinges on, where the forecasting models agree, and what the bargaining solutions
 * change; every sentence generated deterministically from the typed results it states.
 */
package org.parley.core.verdict;
