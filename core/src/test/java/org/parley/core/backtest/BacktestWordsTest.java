package org.parley.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.backtest.split.FitReport;
import org.parley.core.backtest.stats.Interval;
import org.parley.core.exec.BatchRunner;

/** The words every view of a backtest shares: differences, fitted settings, and the leaderboard's cells. */
class BacktestWordsTest {

    @Test
    void a_difference_has_its_sign_unless_it_rounds_to_zero() {
        assertThat(BacktestWords.signed(0.374)).isEqualTo("+0.37");
        assertThat(BacktestWords.signed(-0.406)).isEqualTo("-0.41");
        assertThat(BacktestWords.signed(0.004)).isEqualTo("0.00");
        assertThat(BacktestWords.signed(-0.004)).isEqualTo("0.00");
        assertThat(BacktestWords.interval(new Interval(-1.625, 0.649))).isEqualTo("[-1.63, +0.65]");
    }

    @Test
    void fitted_settings_are_shown_to_at_most_two_decimals() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("beta_com", 3.25);
        p.put("lambda", 0.0);
        p.put("q", 0.5);
        p.put("w", 1.999);
        assertThat(BacktestWords.fit(new FitReport("anchored-compromise", p, 22.4171, 3179, 177))).isEqualTo(
                "Fitted anchored-compromise on 177 train issues (3179 settings tried): beta_com = 3.25, lambda = 0, "
                        + "q = 0.5, w = 2, train MAE 22.42.");
    }

    @Test
    void each_leaderboard_row_has_a_cell_per_column_ranked_by_mae_and_dashes_for_the_compromise_model() {
        BacktestResult r = Backtester.run(BacktesterTest.data(), BacktestOptions.defaults(List.of("median"))
                .withResamples(200), BatchRunner.sequential());
        Scoreboard all = r.scoreboard("all").orElseThrow();
        List<List<String>> rows = BacktestWords.leaderboard(all);
        assertThat(rows).hasSize(2);
        for (int k = 0; k < rows.size(); k++) {
            List<String> row = rows.get(k);
            ModelScore m = all.score(all.leaderboard().get(k)).orElseThrow();
            assertThat(row).hasSameSizeAs(BacktestWords.LEADERBOARD_COLUMNS);
            assertThat(row.subList(0, 4)).containsExactly(Integer.toString(k + 1), m.model(), m.unit(), "60");
            assertThat(row.get(6)).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", m.metrics().mae()));
            assertThat(row.subList(12, 17)).allMatch(cell -> cell.equals("-") == (m.vsCompromise() == null));
        }
        assertThat(BacktestWords.preamble(r)).containsExactly(BacktestWords.header(r));
    }
}
