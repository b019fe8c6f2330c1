/** Stokman's exchange model of voting positions (equal-gain variant), as specified in exchange.md. */
package org.parley.core.forecast.exchange;
