package org.parley.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The label placement: on random clouds of points (crowded ones included) no label overprints another, a point or
 * a leader line (nor a line already drawn, when the chart gives its lines), every label stays in the plot, every
 * point is either labelled or numbered, and the same input gives the same layout.
 */
class LabelLayoutTest {

    private static final Box PLOT = new Box(50, 30, 380, 380);

    @Test
    void no_label_overprints_anything_and_every_point_is_named_or_numbered() {
        qt().withExamples(200).withFixedSeed(17).forAll(longs().all(), integers().between(1, 30))
                .checkAssert((seed, n) -> {
                    List<LabelLayout.Request> requests = requests(seed, n);
                    List<Box> marks = new ArrayList<>();
                    requests.forEach(r -> marks.add(Marker.CIRCLE.box(r.x(), r.y(), 5)));
                    LabelLayout.Result r = LabelLayout.place(requests, PLOT, marks, 11);
                    List<LabelLayout.Placed> placed = r.placed();
                    for (int i = 0; i < placed.size(); i++) {
                        Box a = placed.get(i).box();
                        assertThat(PLOT.holds(a)).as("inside the plot").isTrue();
                        for (Box m : marks) {
                            assertThat(a.overlaps(m, 0)).as("label over a point").isFalse();
                        }
                        for (int j = i + 1; j < placed.size(); j++) {
                            assertThat(a.overlaps(placed.get(j).box(), 0)).as("labels overlap").isFalse();
                        }
                        for (LabelLayout.Placed other : placed) {
                            LabelLayout.Leader l = other.leader();
                            if (l != null && other != placed.get(i)) {
                                assertThat(a.crossedBy(l.x1(), l.y1(), l.x2(), l.y2())).as("label over a leader")
                                        .isFalse();
                            }
                        }
                        // the text drawn is the box's text: its width is what the box was made for
                        assertThat(a.w()).isEqualTo(TextMetrics.width(placed.get(i).text(), 11, false));
                    }
                    boolean[] named = new boolean[n];
                    placed.forEach(p -> named[p.request()] = true);
                    r.numbered().forEach(x -> named[x.request()] = true);
                    for (boolean b : named) {
                        assertThat(b).isTrue();
                    }
                    for (LabelLayout.Numbered x : r.numbered()) {
                        boolean drawn = placed.stream().anyMatch(p -> p.request() == x.request());
                        assertThat(drawn).isEqualTo(x.onChart());
                        assertThat(placed.stream().filter(p -> p.request() == x.request())
                                .allMatch(p -> p.text().equals(Integer.toString(x.number())))).isTrue();
                    }
                    assertThat(LabelLayout.place(requests, PLOT, marks, 11)).isEqualTo(r);
                });
    }

    @Test
    void no_label_lies_across_a_drawn_line_and_every_point_is_still_named_or_numbered() {
        qt().withExamples(150).withFixedSeed(23).forAll(longs().all(), integers().between(1, 12))
                .checkAssert((seed, n) -> {
                    List<LabelLayout.Request> requests = requests(seed, n);
                    List<Box> marks = new ArrayList<>();
                    requests.forEach(r -> marks.add(Marker.DIAMOND.box(r.x(), r.y(), 4.5)));
                    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
                    List<double[]> lines = new ArrayList<>();
                    double x0 = PLOT.x();
                    double y0 = PLOT.y() + random.nextDouble() * PLOT.h();
                    for (int k = 0; k < 6 + random.nextInt(20); k++) {
                        double x1 = Math.min(PLOT.right(), x0 + random.nextDouble() * 60);
                        double y1 = PLOT.y() + random.nextDouble() * PLOT.h();
                        lines.add(new double[] {x0, y0, x1, y1});
                        x0 = x1;
                        y0 = y1;
                    }
                    lines.add(new double[] {PLOT.x(), 220, PLOT.right(), 220});
                    LabelLayout.Result r = LabelLayout.place(requests, PLOT, marks, lines, 10);
                    for (LabelLayout.Placed p : r.placed()) {
                        for (double[] l : lines) {
                            assertThat(p.box().crossedBy(l[0], l[1], l[2], l[3])).as(p.text() + " across a line")
                                    .isFalse();
                        }
                        assertThat(PLOT.holds(p.box())).isTrue();
                    }
                    boolean[] named = new boolean[n];
                    r.placed().forEach(p -> named[p.request()] = true);
                    r.numbered().forEach(x -> named[x.request()] = true);
                    for (boolean b : named) {
                        assertThat(b).isTrue();
                    }
                    assertThat(LabelLayout.place(requests, PLOT, marks, lines, 10)).isEqualTo(r);
                });
    }

    @Test
    void a_lone_point_is_labelled_to_its_right_without_a_leader() {
        LabelLayout.Result r = LabelLayout.place(List.of(new LabelLayout.Request("Nash", 200, 200, 6)), PLOT,
                List.of(Marker.SQUARE.box(200, 200, 5)), 11);
        assertThat(r.numbered()).isEmpty();
        LabelLayout.Placed p = r.placed().get(0);
        assertThat(p.leader()).isNull();
        assertThat(p.box().x()).isGreaterThan(205).isLessThan(212);
        assertThat(p.box().y()).isLessThan(200).isGreaterThan(200 - TextMetrics.height(11));
    }

    @Test
    void a_point_with_no_room_beside_it_gets_a_leader_to_the_nearest_free_place() {
        Box crowd = new Box(186, 186, 28, 28);
        LabelLayout.Result r = LabelLayout.place(List.of(new LabelLayout.Request("Nash", 200, 200, 6)), PLOT,
                List.of(crowd), 11);
        LabelLayout.Placed p = r.placed().get(0);
        assertThat(p.leader()).isNotNull();
        assertThat(p.box().overlaps(crowd, 0)).isFalse();
        assertThat(p.box().x()).isGreaterThan(crowd.right());
        assertThat(p.leader().x1()).isGreaterThan(200).isLessThan(208);
        assertThat(p.leader().x2()).isEqualTo(p.box().x());
    }

    @Test
    void points_piled_on_one_spot_are_numbered_once_the_room_around_them_is_gone() {
        List<LabelLayout.Request> pile = new ArrayList<>();
        List<Box> marks = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            pile.add(new LabelLayout.Request("a rather long label " + k, 240, 220, 6));
            marks.add(Marker.CIRCLE.box(240, 220, 5));
        }
        LabelLayout.Result r = LabelLayout.place(pile, PLOT, marks, 11);
        long named = r.placed().stream().filter(p -> p.text().startsWith("a rather")).count();
        assertThat(named).isBetween(2L, 12L);
        assertThat(r.numbered()).hasSize(40 - (int) named);
        for (int k = 0; k < r.numbered().size(); k++) {
            assertThat(r.numbered().get(k).number()).isEqualTo(k + 1);
        }
    }

    private static List<LabelLayout.Request> requests(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean crowded = random.nextBoolean();
        List<LabelLayout.Request> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double x = crowded ? 200 + random.nextDouble() * 40 : PLOT.x() + random.nextDouble() * PLOT.w();
            double y = crowded ? 200 + random.nextDouble() * 40 : PLOT.y() + random.nextDouble() * PLOT.h();
            String text = "label-" + "x".repeat(random.nextInt(14)) + k;
            out.add(new LabelLayout.Request(text, x, y, 6));
        }
        return out;
    }
}
