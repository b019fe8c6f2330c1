/** JMH benchmarks of Parley's models; results are recorded in docs/performance.md. */
package org.parley.bench;
