package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.phasing.PhaseResult;
import org.parley.io.json.ResultJson;

/** {@code parley phase}, end to end: the spec's tests through the command line, the flagship, bad input. */
class PhaseCommandTest {

    static final String FLAGSHIP = RunsCommandTest.FLAGSHIP;
    static final String EVEN = "examples/schedules/grand-bargain-even.yaml";

    @TempDir
    Path dir;

    /**
     * The linear case as a two-actor Parley scenario: each actor concedes its own issue (XA by A, XB by B, scales
     * 0..1), wants the other's at 1 (salience sb), dislikes its own (salience sc), and, with a hostage (sh > 0),
     * holds a reversible term granted by the other before the schedule starts: b = 100 sb / S, c = 100 sc / S,
     * h = 100 sh / S per unit and year, S = sb + sc + sh. One stage a year from year 0.
     */
    static String twoParty(double sb, double sc, double sh, double delta, int stages, double finalLevel) {
        boolean hostage = sh > 0;
        StringBuilder y = new StringBuilder("parley: 1\nname: two-party linear case\nissues:\n");
        for (String[] i : hostage ? new String[][] {{"XA", "A", "false"}, {"XB", "B", "false"}, {"HA", "B", "true"},
                {"HB", "A", "true"}} : new String[][] {{"XA", "A", "false"}, {"XB", "B", "false"}}) {
            y.append("  - id: ").append(i[0]).append("\n    scale: {min: 0, max: 1}\n    status_quo: 0\n")
                    .append("    conceded_by: [").append(i[1]).append("]\n    reversible: ").append(i[2]).append('\n');
        }
        y.append("actors:\n");
        for (String[] a : new String[][] {{"A", "XA", "XB", "HA"}, {"B", "XB", "XA", "HB"}}) {
            y.append("  - id: ").append(a[0]).append("\n    capability: 1\n    discount: ").append(delta)
                    .append("\n    stances:\n      ").append(a[1]).append(": {position: 0, salience: ").append(sc)
                    .append("}\n      ").append(a[2]).append(": {position: 1, salience: ").append(sb).append("}\n");
            if (hostage) {
                y.append("      ").append(a[3]).append(": {position: 1, salience: ").append(sh).append("}\n");
            }
        }
        y.append("packages:\n  - id: deal\n    terms: {XA: ").append(finalLevel).append(", XB: ").append(finalLevel)
                .append(hostage ? ", HA: 1, HB: 1}\n" : "}\n");
        if (hostage) {
            y.append("  - id: granted\n    terms: {XA: 0, XB: 0, HA: 1, HB: 1}\n");
        }
        y.append("phasing: {start: 0, end: ").append(stages).append(", punishment: freeze}\n");
        return y.toString();
    }

    static String schedule(double[] x, boolean hostage) {
        StringBuilder y = new StringBuilder(hostage ? "start: granted\nstages:\n" : "stages:\n");
        for (int t = 1; t < x.length; t++) {
            y.append("  - {year: ").append(t).append(", terms: {XA: ").append(x[t]).append(", XB: ").append(x[t])
                    .append("}}\n");
        }
        return y.toString();
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text output with the view's line wrapping undone. */
    private static String flat(Cli.Run r) {
        return r.out().replace("\n  ", " ");
    }

    private static JsonNode json(String... args) {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.json();
    }

    /**
     * Acceptance: on random two-party linear schedules run through {@code parley phase --schedule}, every slack
     * equals the closed form {@code (b - c) sum_{s>t} delta^(s-t) Delta_s + delta h - c Delta_t}.
     */
    @Test
    void the_command_agrees_with_the_closed_form_on_random_two_party_schedules() {
        qt().withExamples(40).withFixedSeed(21).forAll(longs().all(), integers().between(1, 8),
                doubles().between(0.5, 0.98)).checkAssert((seed, stages, delta) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double sb = Math.rint(10 + 90 * r.nextDouble());
                    double sc = Math.rint(5 + 60 * r.nextDouble());
                    double sh = r.nextBoolean() ? 0 : Math.rint(1 + 40 * r.nextDouble());
                    double[] x = new double[stages + 1];
                    for (int t = 1; t <= stages; t++) {
                        x[t] = Math.min(1, x[t - 1] + Math.rint(30 * r.nextDouble()) / 100);
                    }
                    x[stages] = Math.max(x[stages], 0.01);
                    Path scenario = write("two-" + seed + ".yaml", twoParty(sb, sc, sh, delta, stages, x[stages]));
                    Path file = write("two-" + seed + "-schedule.yaml", schedule(x, sh > 0));
                    JsonNode res = json("phase", scenario.toString(), "--package", "deal", "--schedule",
                            file.toString(), "--json", "--no-store");
                    double total = sb + sc + sh;
                    double b = 100 * sb / total;
                    double c = 100 * sc / total;
                    double h = 100 * sh / total;
                    for (String party : List.of("A", "B")) {
                        JsonNode row = res.at("/schedule/slack/" + party);
                        for (int t = 1; t <= stages; t++) {
                            double future = 0;
                            double w = 1;
                            for (int s = t + 1; s <= stages; s++) {
                                w *= delta;
                                future += w * (x[s] - x[s - 1]);
                            }
                            double closed = (b - c) * future + delta * h - c * (x[t] - x[t - 1]);
                            assertThat(row.get(t - 1).asDouble()).isCloseTo(closed, within(1e-9));
                        }
                    }
                });
    }

    @Test
    void a_one_shot_schedule_is_never_self_enforcing() {
        Path scenario = write("one.yaml", twoParty(70, 30, 0, 0.95, 1, 1));
        Path file = write("one-schedule.yaml", schedule(new double[] {0, 1}, false));
        JsonNode res = json("phase", scenario.toString(), "--package", "deal", "--schedule", file.toString(), "--json",
                "--no-store");
        assertThat(res.get("verdict").asText()).isEqualTo("NOT_SELF_ENFORCING");
        assertThat(res.at("/schedule/min_slack").asDouble()).isCloseTo(-30, within(1e-9));
        assertThat(res.at("/schedule/binding/actor").asText()).isEqualTo("A");
    }

    @Test
    void with_nothing_reversible_at_stake_the_designer_says_no_finite_schedule_exists() {
        Path scenario = write("no-hostage.yaml", twoParty(80, 20, 0, 0.9, 10, 1));
        Cli.Run r = Cli.run("phase", scenario.toString(), "--package", "deal", "--stages", "10", "--no-store");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(flat(r)).contains("Verdict: no schedule exists").contains("cannot be phased in 10 stages")
                .contains("without a hostage no finite schedule reaches the package (the last-step problem)");
        JsonNode res = json("phase", scenario.toString(), "--package", "deal", "--stages", "10", "--json",
                "--no-store");
        assertThat(res.get("verdict").asText()).isEqualTo("NO_SCHEDULE_EXISTS");
        assertThat(res.at("/design/search/last_step").asText()).isEqualTo("A");
    }

    @Test
    void when_delta_b_is_at_most_c_the_designer_says_no_schedule_exists() {
        // b = c = 50: delta b < c for any delta < 1, with or without a deadline
        Path scenario = write("even.yaml", twoParty(50, 50, 0, 0.9, 10, 1));
        Cli.Run r = Cli.run("phase", scenario.toString(), "--package", "deal", "--stages", "10", "--no-store");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(flat(r)).contains("Verdict: no schedule exists")
                .contains("Its gain from the others' concessions, discounted by a year (0.9 x 50 = 45), does not "
                        + "exceed its cost (50): in the two-party linear case that alone rules out any gradual "
                        + "schedule");
    }

    @Test
    void with_a_hostage_the_designer_finds_the_fastest_schedule_and_it_holds() {
        Path scenario = write("hostage.yaml", twoParty(60, 20, 20, 0.9, 8, 1));
        JsonNode res = json("phase", scenario.toString(), "--package", "deal", "--stages", "8", "--json",
                "--no-store");
        assertThat(res.get("verdict").asText()).isEqualTo("SELF_ENFORCING");
        assertThat(res.at("/schedule/self_enforcing").asBoolean()).isTrue();
        assertThat(res.at("/schedule/min_slack").asDouble()).isGreaterThanOrEqualTo(-1e-9);
        // the last step is bounded by delta h / c = 0.9 x 20 / 20 (units of the 0..1 scale)
        JsonNode stages = res.at("/schedule/stages");
        double last = stages.get(8).at("/terms/XA").asDouble() - stages.get(7).at("/terms/XA").asDouble();
        assertThat(last).isLessThanOrEqualTo(0.9 + 1e-9);
        assertThat(stages.get(8).at("/terms/XA").asDouble()).isCloseTo(1, within(1e-12));
    }

    @Test
    void a_power_path_is_flagged_at_exactly_the_step_that_falls_too_far() {
        String scenario = twoParty(70, 30, 0, 0.9, 4, 1).replace("phasing: {start: 0, end: 4, punishment: freeze}\n",
                "phasing:\n  start: 0\n  end: 4\n  power:\n    declining: A\n    war_cost: 0.05\n    path:\n"
                        + "      - {year: 0, p: 0.6}\n      - {year: 1, p: 0.58}\n      - {year: 2, p: 0.5}\n"
                        + "      - {year: 3, p: 0.49}\n");
        Path s = write("powell.yaml", scenario);
        Path file = write("powell-schedule.yaml", schedule(new double[] {0, 0.2, 0.5, 0.8, 1}, false));
        JsonNode res = json("phase", s.toString(), "--package", "deal", "--schedule", file.toString(), "--json",
                "--no-store");
        assertThat(res.at("/power_shift/war_risks").toString()).isEqualTo("[1]");
        assertThat(res.at("/power_shift/binding").asInt()).isEqualTo(1);
        Cli.Run text = Cli.run("phase", s.toString(), "--package", "deal", "--schedule", file.toString(),
                "--no-store");
        assertThat(flat(text)).contains("war becomes rational for A at 1-2");
    }

    @Test
    void the_flagship_grand_bargain_cannot_be_phased_and_the_result_says_who_and_what_would_change_it() {
        JsonNode res = json("phase", FLAGSHIP, "--package", "grand-bargain", "--stages", "25", "--json", "--no-store");
        assertThat(res.get("verdict").asText()).isEqualTo("NO_SCHEDULE_EXISTS");
        // ideal points inside the ranges: not one exact program, but the relaxation's bound proves it
        assertThat(res.at("/design/search/exact").asBoolean()).isFalse();
        assertThat(res.at("/design/search/upper_bound").asDouble()).isNegative();
        assertThat(res.at("/schedule/binding/actor").asText()).isEqualTo("RUS");
        double min = res.at("/schedule/min_slack").asDouble();
        assertThat(min).isNegative().isLessThanOrEqualTo(res.at("/design/search/upper_bound").asDouble());
        assertThat(res.at("/schedule/slack").size()).isEqualTo(4);
        assertThat(res.at("/schedule/slack/RUS")).hasSize(25);
        assertThat(res.at("/schedule/stages")).hasSize(26);
        assertThat(res.at("/schedule/stages/25/terms/TERR").asDouble()).isEqualTo(100);
        assertThat(res.at("/schedule/stages/0/year").asDouble()).isEqualTo(2024);
        assertThat(res.at("/schedule/stages/25/year").asDouble()).isEqualTo(2049);
        assertThat(res.at("/change/hostages/0/actor").asText()).isEqualTo("RUS");
        assertThat(res.at("/change/nearest_package/exists").asBoolean()).isTrue();
        // RUS: what the others concede is worth less to it than its own concessions cost it (Lockwood and Thomas)
        JsonNode rus = res.at("/stakes/1");
        assertThat(rus.get("actor").asText()).isEqualTo("RUS");
        assertThat(rus.get("discount").asDouble() * rus.get("gain").asDouble()).isLessThan(rus.get("cost").asDouble());
    }

    @Test
    void the_nearest_variant_every_veto_party_accepts_can_be_phased() {
        JsonNode res = json("phase", FLAGSHIP, "--package", "grand-bargain", "--repaired", "--stages", "25", "--json",
                "--no-store");
        assertThat(res.get("package_id").asText()).isEqualTo("grand-bargain-repaired");
        assertThat(res.get("verdict").asText()).isEqualTo("SELF_ENFORCING");
        assertThat(res.at("/schedule/self_enforcing").asBoolean()).isTrue();
        assertThat(res.at("/design/max_min/min_slack").asDouble()).isPositive();
        // the repair of 'parley deals': every veto party accepts it
        assertThat(res.at("/schedule/stages/25/terms/US_EXIT").asDouble()).isCloseTo(39.1, within(1e-9));
    }

    @Test
    void the_flagship_text_explains_the_numbers() {
        Cli.Run r = Cli.run("phase", FLAGSHIP, "--package", "grand-bargain", "--stages", "25", "--no-store");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(flat(r)).contains("Package 'grand-bargain' cannot be phased in 25 stages (2024 to 2049)")
                .contains("RUS is the most tempted to defect: at stage 1 (2025)")
                .contains("A hostage for RUS").contains("The nearest package every veto party accepts")
                .contains("Sequencing: ").contains("Slack per stage");
    }

    @Test
    void the_result_round_trips_through_json_into_the_same_records() throws Exception {
        Cli.Run r = Cli.run("phase", FLAGSHIP, "--package", "grand-bargain", "--schedule", EVEN, "--json",
                "--no-store");
        assertThat(r.code()).as(r.err()).isZero();
        PhaseResult back = ResultJson.mapper().readValue(r.out(), PhaseResult.class);
        assertThat(ResultJson.write(back)).isEqualTo(r.out());
        assertThat(back.schedule().slack().keySet()).containsExactly("USA", "RUS", "UKR", "EUI");
        assertThat(back.change()).isNotNull();
        Cli.Run design = Cli.run("phase", "examples/phasing-two-party.yaml", "--package", "deal", "--stages", "10",
                "--json", "--no-store");
        assertThat(design.code()).as(design.err()).isZero();
        PhaseResult designed = ResultJson.mapper().readValue(design.out(), PhaseResult.class);
        assertThat(ResultJson.write(designed)).isEqualTo(design.out());
        assertThat(designed.powerShift().warRisks()).containsExactly(1);
        assertThat(designed.design().fastest()).isNotNull();
    }

    @Test
    void the_even_flagship_schedule_is_not_self_enforcing() {
        JsonNode res = json("phase", FLAGSHIP, "--package", "grand-bargain", "--schedule", EVEN, "--json",
                "--no-store");
        assertThat(res.get("verdict").asText()).isEqualTo("NOT_SELF_ENFORCING");
        assertThat(res.at("/schedule/binding/actor").asText()).isEqualTo("RUS");
        assertThat(res.at("/schedule/stages/1/year").asDouble()).isEqualTo(2025);
        assertThat(res.at("/schedule/stages/1/moves/TERR/0").asText()).isEqualTo("RUS");
    }

    @Test
    void a_schedule_of_the_repaired_package_names_the_package_asked_for() throws IOException {
        // the even schedule names grand-bargain, the package asked for: it is refused only for not reaching the repair
        Cli.Run even = Cli.run("phase", FLAGSHIP, "--package", "grand-bargain", "--repaired", "--schedule", EVEN,
                "--no-store");
        assertThat(even.code()).isEqualTo(2);
        assertThat(even.err()).doesNotContain("package: ")
                .contains("stages[24].terms: after the last stage TERR is 100, but package 'grand-bargain-repaired' "
                        + "sets it to 75.8; expected the last stage to reach the package");
        JsonNode terms = json("phase", FLAGSHIP, "--package", "grand-bargain", "--repaired", "--stages", "1",
                "--json", "--no-store").at("/schedule/stages/1/terms");
        String oneStep = "package: grand-bargain\nstages:\n  - {year: 2049, terms: "
                + ResultJson.mapper().writeValueAsString(terms) + "}\n";
        JsonNode res = json("phase", FLAGSHIP, "--package", "grand-bargain", "--repaired", "--schedule",
                write("repaired.yaml", oneStep).toString(), "--json", "--no-store");
        assertThat(res.get("package_id").asText()).isEqualTo("grand-bargain-repaired");
        assertThat(res.at("/schedule/stages/1/terms")).isEqualTo(terms);
        Cli.Run other = Cli.run("phase", FLAGSHIP, "--package", "grand-bargain", "--repaired", "--schedule",
                write("other.yaml", oneStep.replace("package: grand-bargain", "package: partition")).toString(),
                "--no-store");
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).contains("package: 'partition', but the package asked for (--package) is "
                + "'grand-bargain'; expected the schedule of that package");
    }

    @Test
    void analyze_leaves_out_the_phasing_it_cannot_do_and_says_why() throws IOException {
        String flagship = Files.readString(Path.of(FLAGSHIP));
        assertThat(flagship).contains("    discount: 0.9\n");
        Path scenario = write("no-discount.yaml", flagship.replaceFirst("    discount: 0\\.9\n", ""));
        Cli.Run r = Cli.run("analyze", scenario.toString(), "--no-store");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().replace("\n", " ")).contains("Phasing over 25 yearly stages: Package 'ceasefire' is the "
                + "status quo on every issue: nothing to phase. Package 'grand-bargain' was not phased: "
                + "actors[0].discount: missing; phasing needs the annual discount factor of every party that concedes "
                + "a term or holds a veto (USA, RUS, UKR, EUI), e.g. discount: 0.9.");
        // phase still refuses, with the same message
        Cli.Run phase = Cli.run("phase", scenario.toString(), "--package", "grand-bargain", "--stages", "25",
                "--no-store");
        assertThat(phase.code()).isEqualTo(2);
        assertThat(phase.err()).contains("actors[0].discount: missing; phasing needs the annual discount factor");
    }

    @Test
    void runs_are_recorded_in_the_store() {
        String db = dir.resolve("runs.db").toString();
        assertThat(Cli.run("phase", FLAGSHIP, "--package", "grand-bargain", "--schedule", EVEN, "--db", db).code())
                .isZero();
        JsonNode runs = Cli.run("runs", "list", "--db", db, "--json").json();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("command").asText()).isEqualTo("phase");
    }

    @Test
    void bad_schedules_are_located_and_exit_2() {
        Path scenario = write("s.yaml", twoParty(70, 30, 0, 0.9, 4, 1));
        Path bad = write("bad.yaml", "stages:\n  - {year: 1, terms: {XA: 1.5, XB: 0.2}}\n"
                + "  - {year: 3, terms: {XA: 0.3, XB: 0.1}}\n  - {year: 2, terms: {XA: 1, XB: 1, XC: 1}}\n");
        Cli.Run r = Cli.run("phase", scenario.toString(), "--package", "deal", "--schedule", bad.toString(),
                "--no-store");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                bad + ":2: stages[0].terms.XA: 1.5 is outside the scale of XA; expected 0 to 1",
                bad + ":4: stages[2].year: year 2 is not after 3, the year of stages[1]; expected the stages in year "
                        + "order",
                bad + ":4: stages[2].terms.XC: unknown issue 'XC'; expected one of [XA, XB]");
        Path back = write("back.yaml", "stages:\n  - {terms: {XA: 0.5, XB: 0.2}}\n  - {terms: {XA: 0.3}}\n"
                + "  - {terms: {XA: 1, XB: 1}}\n");
        Cli.Run rb = Cli.run("phase", scenario.toString(), "--package", "deal", "--schedule", back.toString(),
                "--no-store");
        assertThat(rb.code()).isEqualTo(2);
        assertThat(rb.err().strip()).isEqualTo(back + ":3: stages[1].terms.XA: moves XA back from 0.5 to 0.3, but XA "
                + "is not reversible, so it can only move toward the package's 1 (mark it reversible: true if it can "
                + "be taken back)");
        Path late = write("late.yaml", "stages:\n  - {year: 5, terms: {XA: 1, XB: 1}}\n");
        assertThat(Cli.run("phase", scenario.toString(), "--package", "deal", "--schedule", late.toString(),
                "--no-store").err().strip()).isEqualTo(late + ":2: stages[0].year: year 5 is after the end year 4 "
                + "(phasing.end); expected every stage by then");
        Path shortOf = write("short.yaml", "stages:\n  - {terms: {XA: 0.5, XB: 0.5}}\n");
        assertThat(Cli.run("phase", scenario.toString(), "--package", "deal", "--schedule", shortOf.toString(),
                "--no-store").err()).contains(shortOf + ":2: stages[0].terms: after the last stage XA is 0.5, but "
                + "package 'deal' sets it to 1; expected the last stage to reach the package");
    }

    @Test
    void bad_phasing_parameters_are_located_and_exit_2() {
        String good = twoParty(70, 30, 0, 0.9, 4, 1);
        Path discount = write("d.yaml", good.replaceFirst("discount: 0.9", "discount: 1.5"));
        Cli.Run r = Cli.run("phase", discount.toString(), "--package", "deal", "--stages", "4", "--no-store");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(discount + ":17: actors[0].discount: is 1.5; expected an annual "
                + "discount factor above 0 and below 1");
        Path actor = write("a.yaml", good.replaceFirst("conceded_by: \\[A\\]", "conceded_by: [A, Q]"));
        Cli.Run ra = Cli.run("phase", actor.toString(), "--package", "deal", "--stages", "4", "--no-store");
        assertThat(ra.code()).isEqualTo(2);
        assertThat(ra.err().strip()).isEqualTo(actor + ":7: issues[0].conceded_by[1]: unknown actor 'Q'; expected one "
                + "of [A, B]");
        Path none = write("n.yaml", good.replaceFirst("    discount: 0.9\n", ""));
        Cli.Run rn = Cli.run("phase", none.toString(), "--package", "deal", "--stages", "4", "--no-store");
        assertThat(rn.code()).isEqualTo(2);
        assertThat(rn.err()).contains("actors[0].discount: missing; phasing needs the annual discount factor of every "
                + "party that concedes a term or holds a veto (A, B), e.g. discount: 0.9");
    }

    @Test
    void limits_and_flags_are_checked_before_any_work() {
        Cli.Run big = Cli.run("phase", FLAGSHIP, "--package", "grand-bargain", "--stages", "500", "--no-store");
        assertThat(big.code()).isEqualTo(2);
        assertThat(big.err()).contains("--stages 500: expected 1 to 100; raise the limit with --max-stages");
        Cli.Run pkg = Cli.run("phase", FLAGSHIP, "--package", "peace", "--stages", "5", "--no-store");
        assertThat(pkg.code()).isEqualTo(2);
        assertThat(pkg.err()).contains("--package peace: no such package").contains("[ceasefire, grand-bargain, "
                + "partition]");
        Cli.Run both = Cli.run("phase", FLAGSHIP, "--package", "grand-bargain", "--stages", "5", "--schedule", EVEN);
        assertThat(both.code()).isEqualTo(2);
        Path many = write("many.yaml", "stages:\n" + "  - {terms: {TERR: 12}}\n".repeat(101));
        Cli.Run tooMany = Cli.run("phase", FLAGSHIP, "--package", "grand-bargain", "--schedule", many.toString(),
                "--no-store");
        assertThat(tooMany.code()).isEqualTo(2);
        assertThat(tooMany.err()).contains("stages: 101 stages, more than the limit of 100; raise it with "
                + "--max-stages");
    }

    @Test
    void phase_has_help_and_is_listed() {
        Cli.Run help = Cli.run("phase", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: parley phase").contains("--schedule=FILE").contains("--stages=K");
        assertThat(Cli.run().out()).contains("phase");
    }

    @Test
    void the_designer_needs_linear_loss() {
        Path quad = write("q.yaml", twoParty(70, 30, 0, 0.9, 4, 1).replace("issues:\n", "utility: {loss: quadratic}\n"
                + "issues:\n"));
        Cli.Run r = Cli.run("phase", quad.toString(), "--package", "deal", "--stages", "4", "--no-store");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("utility.loss: is quadratic; designing a schedule needs linear loss");
    }
}
