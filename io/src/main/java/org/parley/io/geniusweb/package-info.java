/** GeniusWeb JSON: domains and linear-additive profiles in both dialects (newer and older utility tags). */
package org.parley.io.geniusweb;
