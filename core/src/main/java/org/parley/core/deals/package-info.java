/** The deal space: which packages each actor accepts against its no-deal value, and who blocks them. */
package org.parley.core.deals;
