/** Running many independent, seeded tasks: results in task order, identical whatever the number of threads. */
package org.parley.core.exec;
