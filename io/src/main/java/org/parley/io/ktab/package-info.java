/** KTAB's scenario files (KAPSARC Toolkit for Behavioral Analysis): the CSV actor table with several dimensions. */
package org.parley.io.ktab;
