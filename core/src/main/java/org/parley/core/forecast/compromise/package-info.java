/** The compromise model: the capability x salience weighted mean (and median) of the actors' positions. */
package org.parley.core.forecast.compromise;
