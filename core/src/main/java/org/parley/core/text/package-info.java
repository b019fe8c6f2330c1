/** Numbers and sentences as every view writes them: one formatter, the same on every machine. */
package org.parley.core.text;
