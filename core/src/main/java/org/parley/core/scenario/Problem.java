package org.parley.core.scenario;

/**
 * One thing wrong with an input, located by a path into the scenario ({@code actors[2].stances.TERR.position}),
 * and said in words a user can act on.
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path == null || path.isEmpty() ? message : path + ": " + message;
    }
}
