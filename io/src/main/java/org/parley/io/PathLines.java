package org.parley.io;

import java.util.HashMap;
import java.util.Map;

/**
 * The line of each path of a document ({@code actors[2].stances.TERR.position}), for locating problems: the one
 * lookup every reader uses. A path without a line of its own takes the line of its nearest ancestor that has one,
 * else the fallback (a table's header line, or none).
 */
public final class PathLines {

    private final Map<String, Integer> lines = new HashMap<>();
    private final Integer fallback;

    /** An empty map whose unknown paths have no line. */
    public PathLines() {
        this(null);
    }

    /** An empty map whose unknown paths fall back to {@code fallback}. */
    public PathLines(Integer fallback) {
        this.fallback = fallback;
    }

    /** Records the line of {@code path}. */
    public void put(String path, Integer line) {
        if (line != null) {
            lines.put(path, line);
        }
    }

    /** Records the line of {@code path} unless it has one already. */
    public void putIfAbsent(String path, Integer line) {
        if (line != null) {
            lines.putIfAbsent(path, line);
        }
    }

    /** The line of {@code path}, or of its nearest ancestor that has one; the fallback when none has. */
    public Integer lineOf(String path) {
        for (String p = path; p != null; p = parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return fallback;
    }

    /** The parent of a path ({@code a.b[2].c} to {@code a.b[2]} to {@code a.b} to {@code a} to ""), or null. */
    static String parent(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
