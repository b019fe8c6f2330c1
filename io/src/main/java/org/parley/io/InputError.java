package org.parley.io;

/**
 * One problem with an input file: the file, the line (when known), the path of the field inside the document
 * (when known) and what was expected.
 */
public record InputError(String file, Integer line, String path, String message) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
            if (line != null) {
                b.append(':').append(line);
            }
            b.append(": ");
        } else if (line != null) {
            b.append("line ").append(line).append(": ");
        }
        if (path != null && !path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(message).toString();
    }
}
