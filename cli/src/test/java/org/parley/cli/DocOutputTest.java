package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The rules by which documented output is compared with printed output and brought up to date. */
class DocOutputTest {

    private static final List<String> PRINTED = List.of(
            "Forecast by compromise (headline: weighted mean)",
            "issue  forecast   mean",
            "FLOW      49.14  49.14",
            "COST      35.00  35.00",
            "",
            "wrote /tmp/r.html (run 12)");

    @Test
    void the_whole_output_matches_and_a_changed_result_number_does_not() {
        assertThat(DocOutput.matches(PRINTED, PRINTED)).isTrue();
        List<String> wrong = new ArrayList<>(PRINTED);
        wrong.set(2, "FLOW      49.15  49.14");
        assertThat(DocOutput.matches(wrong, PRINTED)).isFalse();
        assertThat(DocOutput.mismatch(wrong, PRINTED))
                .isEqualTo("documented line not printed (in this order): FLOW      49.15  49.14");
    }

    @Test
    void an_ellipsis_line_stands_for_any_lines_but_order_and_both_ends_count() {
        assertThat(DocOutput.matches(List.of("Forecast by compromise (headline: weighted mean)", "..."), PRINTED))
                .isTrue();
        assertThat(DocOutput.matches(List.of("...", "COST      35.00  35.00", "..."), PRINTED)).isTrue();
        assertThat(DocOutput.matches(List.of("...", "  ...  ", "wrote /tmp/r.html (run 12)"), PRINTED)).isTrue();
        assertThat(DocOutput.matches(List.of("...", "COST      35.00  35.00", "...", "FLOW      49.14  49.14", "..."),
                PRINTED)).as("order").isFalse();
        assertThat(DocOutput.matches(List.of("COST      35.00  35.00", "..."), PRINTED)).as("first line").isFalse();
        assertThat(DocOutput.matches(List.of("...", "COST      35.00  35.00"), PRINTED)).as("last line").isFalse();
        assertThat(DocOutput.mismatch(List.of("Forecast by compromise (headline: weighted mean)"), PRINTED))
                .startsWith("more lines were printed than documented");
    }

    @Test
    void an_ellipsis_inside_a_line_stands_for_any_text_of_that_line() {
        assertThat(DocOutput.matches(List.of("Forecast by ... (headline: ...)", "..."), PRINTED)).isTrue();
        assertThat(DocOutput.matches(List.of("Forecast by median ...", "..."), PRINTED)).isFalse();
    }

    @Test
    void run_ids_timestamps_and_elapsed_times_are_the_only_volatile_tokens() {
        assertThat(DocOutput.normal("wrote report.html (run 3)")).isEqualTo("wrote report.html (run N)");
        assertThat(DocOutput.normal("Run 1 -> run 2")).isEqualTo("Run N -> run N");
        assertThat(DocOutput.normal(" 2  2026-12-05 08:04:51  ok  958 ms  parley show x.yaml   "))
                .isEqualTo(" 2  <time>  ok  <elapsed>  parley show x.yaml");
        assertThat(DocOutput.normal("started 2026-12-05T08:04:47.854Z, took 1.7 s"))
                .isEqualTo("started <time>, took <elapsed>");
        assertThat(DocOutput.normal("[###] 1120/1120 (100%) in 0.8 s (1368 sessions/s)"))
                .isEqualTo("[###] 1120/1120 (100%) in <elapsed> (<rate> sessions/s)");
        assertThat(DocOutput.normal("TERR 61.42, 5 rounds, 2.5 points, seed 1"))
                .isEqualTo("TERR 61.42, 5 rounds, 2.5 points, seed 1");
    }

    @Test
    void a_table_that_widens_with_an_elapsed_time_still_matches_word_for_word() {
        List<String> printed = List.of("id  took    command", "--  ------  -------", " 1  1034 ms  show");
        List<String> documented = List.of("id  took   command", "--  -----  -------", " 1  958 ms  show");
        assertThat(DocOutput.matches(documented, printed)).isTrue();
        assertThat(DocOutput.matches(List.of("id  took   command", "--  -----  -------", " 1  958 ms  shows"),
                printed)).isFalse();
    }

    @Test
    void what_a_terminal_shows_keeps_a_progress_bar_s_last_state_and_writes_tmp_back() {
        String printed = "bar [#.] 50 %\rbar [##] 100 %\nwrote /work/target/docs-tmp/t.csv   \n\n";
        assertThat(DocOutput.shown(printed, List.of("/work/target/docs-tmp")))
                .containsExactly("bar [##] 100 %", "wrote /tmp/t.csv");
    }

    @Test
    void update_keeps_a_matching_page_unchanged_and_replaces_a_page_without_excerpts() {
        List<String> documented = List.of("Forecast by compromise (headline: weighted mean)", "...");
        assertThat(DocOutput.update(documented, PRINTED)).isSameAs(documented);
        assertThat(DocOutput.update(List.of("old output"), PRINTED)).isEqualTo(PRINTED);
    }

    @Test
    void update_keeps_excerpts_and_puts_the_printed_line_in_place_of_a_changed_one() {
        List<String> documented = List.of("Forecast by ... (headline: weighted mean)", "...",
                "COST      34.00  34.00", "...");
        assertThat(DocOutput.update(documented, PRINTED)).containsExactly(
                "Forecast by ... (headline: weighted mean)", "...", "COST      35.00  35.00", "...");
    }

    @Test
    void update_adds_lines_printed_before_the_first_excerpt() {
        List<String> printed = new ArrayList<>(List.of("parley: note: a new note"));
        printed.addAll(PRINTED);
        List<String> documented = List.of("Forecast by compromise (headline: weighted mean)", "issue  forecast   mean",
                "...");
        assertThat(DocOutput.update(documented, printed)).containsExactly("parley: note: a new note",
                "Forecast by compromise (headline: weighted mean)", "issue  forecast   mean", "...");
    }

    @Test
    void any_excerpt_of_the_output_matches_it_and_update_always_ends_matching() {
        qt().withExamples(300).withFixedSeed(11).forAll(longs().all(), integers().between(0, 12))
                .checkAssert((seed, n) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    List<String> printed = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        printed.add("line " + r.nextInt(4));
                    }
                    List<String> excerpt = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (r.nextInt(3) == 0) {
                            int skip = r.nextInt(1, 4);
                            if (excerpt.isEmpty() || !excerpt.get(excerpt.size() - 1).equals("...")) {
                                excerpt.add("...");
                            }
                            i += skip - 1;
                        } else {
                            excerpt.add(printed.get(i));
                        }
                    }
                    assertThat(DocOutput.matches(excerpt, printed)).as("%s in %s", excerpt, printed).isTrue();
                    List<String> other = new ArrayList<>();
                    for (String line : excerpt) {
                        other.add(line.equals("...") || r.nextBoolean() ? line : "line " + r.nextInt(6));
                    }
                    assertThat(DocOutput.matches(DocOutput.update(other, printed), printed))
                            .as("update(%s, %s)", other, printed).isTrue();
                });
    }
}
