/** DEU III (Decision-making in the European Union; Arregui and Perarnaud): decided issues for backtesting. */
package org.parley.io.deu;
