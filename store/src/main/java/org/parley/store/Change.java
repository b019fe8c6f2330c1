package org.parley.store;

/** One difference between two runs: where, the value before and after ({@code null} when absent), and a note. */
public record Change(String path, String before, String after, String note) {

    @Override
    public String toString() {
        return path + ": " + (before == null ? "(absent)" : before) + " -> " + (after == null ? "(absent)" : after)
                + (note == null ? "" : " (" + note + ")");
    }
}
