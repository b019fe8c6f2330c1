/** The {@code parley} command: one class per subcommand, each a thin shell around an analysis in core. */
package org.parley.cli;
