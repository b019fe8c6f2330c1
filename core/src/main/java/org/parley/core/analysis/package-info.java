/** The analysis document: every analysis of one scenario as one typed, versioned record that every view renders. */
package org.parley.core.analysis;
