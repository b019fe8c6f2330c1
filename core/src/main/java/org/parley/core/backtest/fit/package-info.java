/** Models with tunable parameters fitted on a backtest's train half: the attempt to beat the compromise model. */
package org.parley.core.backtest.fit;
