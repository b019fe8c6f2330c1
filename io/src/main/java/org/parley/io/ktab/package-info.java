/** KTAB's scenario files (KAPSARC Toolkit for Behavioral Analysis): the CSV actor table and the XML scenario. */
package org.parley.io.ktab;
