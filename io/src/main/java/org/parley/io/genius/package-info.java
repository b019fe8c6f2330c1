/** GENIUS XML: domains, additive and nonlinear profiles, published frontiers, and export of gridded scenarios. */
package org.parley.io.genius;
