/** Parley's own scenario format (YAML, and the same tree as JSON): located parsing, reading, canonical writing. */
package org.parley.io.yaml;
