/**
 * Automated negotiation in GENIUS / GeniusWeb terms: a protocol ({@code protocol}) lets parties ({@code party}) that
 * each own a profile exchange bids over a domain until agreement, walk-away or deadline ({@code session}); many
 * sessions make a tournament ({@code tournament}). Bids are found through sorted utility indexes ({@code bidspace}).
 */
package org.parley.core.negotiation;
