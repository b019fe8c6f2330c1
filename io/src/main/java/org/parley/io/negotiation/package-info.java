/**
 * Automated-negotiation files: the tournament configuration (YAML), the domains it names, and the tournament's
 * tables (CSV) and progress log (JSON lines, for resuming).
 */
package org.parley.io.negotiation;
