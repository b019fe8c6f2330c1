/** Parameters of an analysis, given as {@code key=value} and recorded with its result. */
package org.parley.core.params;
