/** Results as JSON: one deterministic mapper for every analysis result. */
package org.parley.io.json;
