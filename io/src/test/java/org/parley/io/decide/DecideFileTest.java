package org.parley.io.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.core.forecast.exchange.ExchangeModel;
import org.parley.core.forecast.exchange.ExchangeRun;
import org.parley.core.forecast.exchange.RealisedExchange;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.ScenarioFormat;
import org.parley.io.text.TextFile;

class DecideFileTest {

    private static final String HEAD = "'#A'\t'a'\t'Actor A'\t''\n'#A'\t'b'\t'b'\t''\n'#P'\t'p'\t'p'\t'first issue'\n"
            + "'#M'\t'p'\t0\n'#M'\t'p'\t10\t'the top'\n'#P'\t'q'\t'q'\n";

    private static TextFile text(String name, String content) {
        return TextFile.decode(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Scenario read(String content) {
        return DecideFile.read(text("d.txt", content), Limits.defaults());
    }

    private static Scenario file(String name) {
        return ScenarioFiles.read(Path.of("data/exchange", name), Limits.defaults());
    }

    @Test
    void the_sample_reads_with_its_scales_and_saliences_moved_to_0_100() {
        Scenario s = file("sample_data.txt");
        assertThat(s.actors()).hasSize(10).extracting(Actor::id).startsWith("Willems", "PvdA").endsWith("Wcentr");
        assertThat(s.issues()).hasSize(6).extracting(Issue::id).containsExactly("tolheffing-binnenstad",
                "tol-hoogte", "wanneer-tol", "woonwerkverkeer", "extra-investering", "kleine-of-grote-ring");
        Issue hoogte = s.issue("tol-hoogte").orElseThrow();
        assertThat(hoogte.scale().min()).isEqualTo(0.5);
        assertThat(hoogte.scale().max()).isEqualTo(7.0);
        assertThat(hoogte.scale().toPercent(3.0)).isCloseTo(38.46, within(0.01));
        assertThat(s.issue("wanneer-tol").orElseThrow().description()).isEqualTo("Wat is dit voor onzin?");
        Actor willems = s.actor("Willems").orElseThrow();
        assertThat(willems.capability()).isEqualTo(1.0);
        assertThat(willems.note()).isEqualTo("Test");
        assertThat(willems.stances().get("tolheffing-binnenstad").position()).isEqualTo(100.0);
        assertThat(willems.stances().get("tolheffing-binnenstad").salience()).isEqualTo(95.0);
        assertThat(s.actor("GL").orElseThrow().capability()).isEqualTo(0.6);
    }

    @Test
    void cop21_reads_with_the_missing_actor_issue_pairs_left_out() {
        Scenario s = file("cop21.csv");
        assertThat(s.actors()).hasSize(15);
        assertThat(s.issues()).hasSize(13);
        assertThat(s.actors().stream().mapToInt(a -> a.stances().size()).sum()).isEqualTo(181);
        assertThat(ScenarioFiles.detect(text("cop21.csv", "'#A'\t'x'\n"))).isEqualTo(ScenarioFormat.DECIDE);
    }

    @Test
    void the_exchange_model_reproduces_the_reference_from_the_file() {
        ExchangeRun run = ExchangeModel.run(file("sample_data.txt"), Params.none());
        RealisedExchange first = run.trace().get(0).exchanges().get(0);
        RealisedExchange second = run.trace().get(0).exchanges().get(1);
        assertThat(run.trace().get(0).candidates()).isEqualTo(240);
        assertThat(first.gain()).isCloseTo(1.97368421, within(1e-8));
        assertThat(second.gain()).isCloseTo(1.79263630, within(1e-8));
        assertThat(first.i().shift()).isCloseTo(13.1579, within(1e-4));
        assertThat(first.j().shift()).isCloseTo(10.3878, within(1e-4));
        assertThat(first.j().to()).isCloseTo(61.0512, within(1e-4));
        ExchangeRun cop = ExchangeModel.run(file("cop21.csv"), Params.parse(java.util.List.of("rounds=3")));
        assertThat(cop.trace()).hasSize(3);
        assertThat(cop.trace().get(0).exchanges()).isNotEmpty();
    }

    @Test
    void semicolons_commas_and_double_quotes_are_read_too() {
        String body = "#A;a;A\n#A;b;b\n#P;p\n#P;q\n#D;a;p;10;0.5;1\n#D;a;q;90;0.5;1\n#D;b;p;80;0.5;2\n#D;b;q;0;1;2\n";
        Scenario semi = read(body);
        Scenario comma = read(body.replace(';', ','));
        Scenario quoted = read(body.replaceAll("([^;\\n]+)", "\"$1\"").replace("\"10\"", "10"));
        assertThat(comma).isEqualTo(semi);
        assertThat(quoted.actors()).isEqualTo(semi.actors());
        assertThat(semi.issue("p").orElseThrow().scale().max()).as("default scale").isEqualTo(100.0);
        assertThat(semi.actor("b").orElseThrow().capability()).isEqualTo(2.0);
    }

    @Test
    void anchors_come_from_scale_points_with_a_meaning() {
        Scenario s = read(HEAD + "'#D'\t'a'\t'p'\t5\t0.5\t1\n'#D'\t'b'\t'q'\t50\t0.5\t1\n");
        Issue p = s.issue("p").orElseThrow();
        assertThat(p.anchors()).hasSize(1);
        assertThat(p.describe(9.8)).isEqualTo("about 10 = the top");
        assertThat(p.description()).isEqualTo("first issue");
        assertThat(s.actor("a").orElseThrow().name()).isEqualTo("Actor A");
    }

    @Test
    void bad_records_are_reported_with_their_lines() {
        String body = HEAD + "'#D'\t'a'\t'p'\t11\t0.5\t1\n"      // line 7: outside 0..10
                + "'#D'\t'x'\t'p'\t5\t0.5\t1\n"                  // line 8: unknown actor
                + "'#D'\t'a'\t'r'\t5\t0.5\t1\n"                  // line 9: unknown issue
                + "'#D'\t'b'\t'q'\t5\t0.5\t1\n'#D'\t'b'\t'q'\t6\t0.5\t1\n" // line 11: duplicate
                + "'#D'\t'a'\t'q'\t5\t0.5\t3\n"                  // line 12: other power
                + "'#X'\t'y'\n";                                 // line 13
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(InputException.class, e -> assertThat(
                e.errors()).extracting(InputError::toString).containsExactly(
                        "d.txt:13: unknown record type '#X'; expected #A, #P, #M, #D, #/ or #O",
                        "d.txt:7: position: 11 is outside the scale of 'p'; expected 0 to 10",
                        "d.txt:8: unknown actor 'x'; expected an actor declared with #A",
                        "d.txt:9: unknown issue 'r'; expected an issue declared with #P",
                        "d.txt:11: duplicate #D for actor 'b' on issue 'q'",
                        "d.txt:12: power: actor 'a' has power 3 here but 1 on an earlier issue; Parley gives each "
                                + "actor one capability, so every #D of an actor needs the same power"));
    }

    @Test
    void an_issue_with_lower_equal_to_upper_is_refused() {
        assertThatThrownBy(() -> read("'#A'\t'a'\n'#P'\t'p'\n'#M'\t'p'\t5\n'#D'\t'a'\t'p'\t5\t1\t1\n"))
                .hasMessage("d.txt:3: issue 'p' has lower = upper = 5; expected #M points with at least two "
                        + "different values");
    }

    @Test
    void model_problems_point_at_the_record_behind_them() {
        assertThatThrownBy(() -> read("'#A'\t'a'\n'#A'\t'b'\n'#P'\t'p'\n'#D'\t'a'\t'p'\t5\t0\t1\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::line).containsExactly(1, 2));
    }

    @Test
    void writing_then_reading_gives_the_same_scenario() {
        for (String name : new String[] {"sample_data.txt", "cop21.csv"}) {
            Scenario s = file(name);
            Scenario back = DecideFile.read(text(name, DecideWriter.write(s)), Limits.defaults());
            assertThat(back.actors()).isEqualTo(s.actors());
            assertThat(back.issues()).isEqualTo(s.issues());
        }
        Scenario flagship = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"),
                Limits.defaults());
        Scenario back = DecideFile.read(text("f.txt", DecideWriter.write(flagship)), Limits.defaults());
        assertThat(back.issues()).extracting(Issue::scale).isEqualTo(flagship.issues().stream().map(Issue::scale)
                .map(sc -> new org.parley.core.scenario.Scale(sc.min(), sc.max(), null)).toList());
        assertThat(ScenarioFiles.losses(flagship, ScenarioFormat.DECIDE)).contains("status quo");
    }
}
