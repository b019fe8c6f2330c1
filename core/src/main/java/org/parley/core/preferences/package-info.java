/** Preferences over outcomes: utility functions (profiles), reservation values and discount factors. */
package org.parley.core.preferences;
