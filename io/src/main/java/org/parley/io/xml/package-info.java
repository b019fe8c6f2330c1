/** XML input for every XML format: one hardened parser (no DTDs, no external entities) and small DOM helpers. */
package org.parley.io.xml;
