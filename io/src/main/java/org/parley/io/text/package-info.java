/** Text input shared by every reader: size limits, encodings, line endings, binary detection, CSV records. */
package org.parley.io.text;
