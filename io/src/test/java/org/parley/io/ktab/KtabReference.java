package org.parley.io.ktab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * KTAB's reference runs as shipped in {@code data/ktab/reference/}: per turn, actor and dimension the position on
 * 0..100, and per turn and actor the probability of the actor's position. Test fixture.
 */
final class KtabReference {

    /** One row of a {@code *_positions_by_turn.csv}. */
    record Position(int turn, int actor, String actorName, int dim, double position, double ideal) {
    }

    /** One row of a {@code *_position_win_prob_by_turn.csv}. */
    record Probability(String actorName, int turn, double probability) {
    }

    private KtabReference() {
    }

    /** The project's root: the first folder upwards from the working directory that holds {@code data/ktab}. */
    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("data/ktab"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no data/ktab above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    static Path data(String name) {
        return root().resolve("data/ktab").resolve(name);
    }

    static List<Position> positions(String run) {
        List<Position> out = new ArrayList<>();
        for (String[] f : rows("reference/" + run + "_positions_by_turn.csv")) {
            out.add(new Position(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]),
                    Double.parseDouble(f[5]), Double.parseDouble(f[6])));
        }
        return out;
    }

    static List<Probability> probabilities(String run) {
        List<Probability> out = new ArrayList<>();
        for (String[] f : rows("reference/" + run + "_position_win_prob_by_turn.csv")) {
            out.add(new Probability(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2])));
        }
        return out;
    }

    /** The number of states of a run: the last turn + 1. */
    static int states(List<Position> positions) {
        return positions.stream().mapToInt(Position::turn).max().orElseThrow() + 1;
    }

    private static List<String[]> rows(String name) {
        try {
            List<String> lines = Files.readAllLines(data(name));
            List<String[]> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    out.add(line.split(",", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
