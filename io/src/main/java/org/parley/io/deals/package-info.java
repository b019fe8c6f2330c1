/** Finding and loading a negotiation domain with its profiles, GENIUS or GeniusWeb, from a folder or named files. */
package org.parley.io.deals;
