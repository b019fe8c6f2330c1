package org.parley.core.backtest;

import java.util.List;

/**
 * Every model's score on one part of a data set ({@code all}, or {@code train} and {@code test} under a split), and
 * the leaderboard: the model names by MAE, lowest first.
 */
public record Scoreboard(String part, int issues, int proposals, List<ModelScore> models, List<String> leaderboard) {

    public Scoreboard {
        models = List.copyOf(models);
        leaderboard = List.copyOf(leaderboard);
    }

    /** The score of the named model, if it was run. */
    public java.util.Optional<ModelScore> score(String model) {
        return models.stream().filter(m -> m.model().equals(model)).findFirst();
    }
}
