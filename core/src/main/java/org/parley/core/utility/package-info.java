/** Actors' utilities over outcomes: spatial loss functions precomputed on primitive arrays, and outcome vectors. */
package org.parley.core.utility;
