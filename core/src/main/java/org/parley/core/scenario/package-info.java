/** The scenario model: issues on scales, actors with stances, packages of terms, sources, and their validation. */
package org.parley.core.scenario;
