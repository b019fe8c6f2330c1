/** The BDM actor table: one issue, one actor per line (Actor, Capability, Position, Salience). */
package org.parley.io.bdm;
