/** Reading and writing Parley's file formats, with located error messages, size limits and atomic writes. */
package org.parley.io;
