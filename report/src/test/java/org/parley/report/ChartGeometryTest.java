package org.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.report.chart.Chart;
import org.parley.report.chart.PairChart;
import org.parley.report.chart.TextBoxes;
import org.parley.report.chart.TrajectoryPanels;

/**
 * Every chart of the flagship report, measured from its geometry: no two texts overprint, every text lies inside
 * its chart, trajectories step (no sloped segment suggests a gradual move) and count whole rounds.
 */
class ChartGeometryTest {

    private static final List<Chart> CHARTS = Report.of(Flagship.input()).charts();

    @Test
    void no_text_overprints_another_in_any_chart_and_all_stay_inside() {
        assertThat(CHARTS).hasSize(ReportTest.FLAGSHIP_CHARTS.size());
        for (Chart c : CHARTS) {
            assertThat(TextBoxes.assertApartAndInside(c, c.id()).texts).as(c.id() + " has texts").isNotEmpty();
        }
    }

    @Test
    void every_deal_space_label_is_on_the_chart_beside_its_point_or_as_a_number_in_the_legend() {
        List<PairChart> pairs = CHARTS.stream().filter(c -> c instanceof PairChart).map(c -> (PairChart) c).toList();
        assertThat(pairs).extracting(Chart::id).containsExactly("deal-space-usa-rus", "deal-space-usa-ukr",
                "deal-space-rus-ukr");
        for (PairChart p : pairs) {
            List<String> texts = TextBoxes.of(p).texts.stream().map(TextBoxes.Placed::text).toList();
            for (var point : p.points()) {
                boolean direct = texts.contains(point.label());
                boolean numbered = p.layout().numbered().stream().anyMatch(n -> n.text().equals(point.label())
                        && texts.contains(n.number() + " = " + n.text()) && texts.contains(Integer.toString(
                        n.number())));
                assertThat(direct || numbered).as(p.id() + ": " + point.label()).isTrue();
            }
            assertThat(texts).as(p.id()).contains("min difference (outside the zone)");
        }
    }

    @Test
    void trajectories_step_at_whole_rounds_and_the_one_round_exchange_gets_ticks_0_and_1() {
        for (Chart c : CHARTS) {
            if (!(c instanceof TrajectoryPanels)) {
                continue;
            }
            TextBoxes t = TextBoxes.of(c);
            assertThat(t.polylines).as(c.id()).isNotEmpty();
            for (double[] p : t.polylines) {
                for (int k = 2; k + 1 < p.length; k += 2) {
                    boolean flat = Math.abs(p[k + 1] - p[k - 1]) < 1e-9;
                    boolean upright = Math.abs(p[k] - p[k - 2]) < 1e-9;
                    assertThat(flat || upright).as(c.id() + ": a sloped segment").isTrue();
                }
            }
        }
        for (Chart c : CHARTS) {
            if (c instanceof TrajectoryPanels t) {
                assertThat(t.namesLeftOut()).as(c.id()).isFalse();
                List<String> names = TextBoxes.of(c).texts.stream().map(p -> p.text().replace(",", "")).toList();
                for (int a = 0; a < t.actors().size(); a++) {
                    String actor = t.actors().get(a);
                    int legend = t.highlighted()[a] ? 1 : 0;
                    assertThat(names.stream().filter(actor::equals)).as(c.id() + ": " + actor + " named in every "
                            + "panel").hasSize(t.issues().size() + legend);
                }
            }
        }
        TrajectoryPanels exchange = (TrajectoryPanels) CHARTS.stream()
                .filter(c -> c.id().equals("trajectory-exchange")).findFirst().orElseThrow();
        List<String> ticks = new ArrayList<>();
        TextBoxes.of(exchange).texts.forEach(p -> ticks.add(p.text()));
        assertThat(ticks).doesNotContain("0.2", "0.4", "0.5", "0.6", "0.8").contains("0", "1");
    }
}
