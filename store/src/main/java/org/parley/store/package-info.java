/** The run history: every analysis run recorded in a database (SQLite by default, any JDBC URL), and run diffs. */
package org.parley.store;
