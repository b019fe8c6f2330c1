package org.parley.io.deu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.ModelPredictor;
import org.parley.core.backtest.OutcomeDataset;
import org.parley.core.backtest.OutcomeIssue;
import org.parley.core.backtest.Predictions;
import org.parley.core.backtest.Stand;
import org.parley.core.backtest.stats.ErrorMetrics;
import org.parley.core.backtest.stats.PairedBootstrap;
import org.parley.core.backtest.stats.PairedComparison;
import org.parley.core.exec.BatchRunner;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.text.TextFile;

class DeuFileTest {

    static final Path DEU = Path.of("data/deu/deu3.csv");

    static OutcomeDataset deu() {
        return DeuFile.read(TextFile.read(DEU, Limits.defaults()));
    }

    static ErrorMetrics score(OutcomeDataset d, String model, Capabilities c) {
        Predictions p = ModelPredictor.of(model).predict(d.issues(), c, BatchRunner.sequential());
        List<OutcomeIssue> issues = d.issues();
        double[] e = new double[issues.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.abs(p.value(i) - issues.get(i).outcome());
        }
        return ErrorMetrics.of(e);
    }

    @Test
    void the_file_has_353_usable_issues_from_137_proposals_and_11_blank_outcomes() {
        OutcomeDataset d = deu();
        assertThat(d.issues()).hasSize(353);
        assertThat(d.excluded()).hasSize(11).allSatisfy(x -> assertThat(x.reason()).isEqualTo("blank outcome"));
        assertThat(d.proposals()).hasSize(137);
        assertThat(d.actors()).hasSize(30).startsWith("com", "ep", "at").endsWith("uk");
        assertThat(d.issues().stream().filter(OutcomeIssue::hasReferencePoint).count()).isEqualTo(253);
        assertThat(d.issues()).allSatisfy(i -> assertThat(i.actorCount()).isBetween(2, 30));
        assertThat(d.capabilitySets().get("gdp").weights()).hasSize(30).containsEntry("com", 4.1)
                .containsEntry("de", 4.1).containsEntry("uk", 2.64).containsEntry("mt", 0.02);
    }

    @Test
    void the_first_issue_keeps_actors_with_both_position_and_salience() {
        OutcomeIssue first = deu().issues().get(0);
        assertThat(first.id()).isEqualTo("d00032i1");
        assertThat(first.proposal()).isEqualTo("d00032");
        assertThat(first.outcome()).isEqualTo(100.0);
        assertThat(first.referencePoint()).isEqualTo(0.0);
        assertThat(first.byActor().get("com")).isEqualTo(new Stand("com", 100, 50));
        assertThat(first.byActor()).doesNotContainKey("bu");
    }

    @Test
    void the_compromise_model_reproduces_the_reference_figures() {
        OutcomeDataset d = deu();
        ErrorMetrics equal = score(d, "compromise", Capabilities.equal());
        assertThat(equal.mae()).isCloseTo(23.6808, within(0.00005));
        assertThat(equal.medianAe()).isCloseTo(18.51, within(0.01));
        assertThat(equal.rmse()).isCloseTo(30.31, within(0.01));
        assertThat(List.of(equal.within5(), equal.within10(), equal.within20())).containsExactly(45, 109, 187);
        ErrorMetrics gdp = score(d, "compromise", d.capabilitySets().get(DeuFile.GDP));
        assertThat(gdp.mae()).isCloseTo(23.2237, within(0.00005));
        assertThat(gdp.medianAe()).isCloseTo(18.80, within(0.01));
        assertThat(gdp.rmse()).isCloseTo(30.22, within(0.01));
        assertThat(List.of(gdp.within5(), gdp.within10(), gdp.within20())).containsExactly(62, 117, 187);
        assertThat(score(d, "median", Capabilities.equal()).mae()).isCloseTo(28.36, within(0.005));
    }

    @Test
    void gdp_weights_do_not_significantly_improve_on_equal_weights() {
        // docs/backtest.md: GDP minus equal compromise MAE = -0.457, 95% issue bootstrap about [-1.8, +0.9]
        OutcomeDataset d = deu();
        Predictions equal = ModelPredictor.of("compromise").predict(d.issues(), Capabilities.equal(),
                BatchRunner.sequential());
        Predictions gdp = ModelPredictor.of("compromise").predict(d.issues(), d.capabilitySets().get(DeuFile.GDP),
                BatchRunner.sequential());
        int n = d.issues().size();
        double[] eg = new double[n];
        double[] ee = new double[n];
        int[] cluster = new int[n];
        List<String> proposals = d.proposals();
        for (int i = 0; i < n; i++) {
            eg[i] = Math.abs(gdp.value(i) - d.issues().get(i).outcome());
            ee[i] = Math.abs(equal.value(i) - d.issues().get(i).outcome());
            cluster[i] = proposals.indexOf(d.issues().get(i).proposal());
        }
        PairedComparison c = new PairedBootstrap(10_000, 1, BatchRunner.sequential()).compare("gdp", "equal", eg,
                ee, cluster);
        assertThat(c.diff()).isCloseTo(-0.457, within(0.0005));
        assertThat(c.issueBootstrap().lower()).isCloseTo(-1.8, within(0.15));
        assertThat(c.issueBootstrap().upper()).isCloseTo(0.9, within(0.15));
        assertThat(c.proposalBootstrap().upper()).isPositive();
    }

    @Test
    void a_blank_salience_means_absent_not_50_and_positions_are_salience_weighted() {
        OutcomeDataset d = deu();
        List<OutcomeIssue> half = new ArrayList<>();
        List<OutcomeIssue> flat = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(DEU, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        // the sensitivity checks of docs/backtest.md, rebuilt from the raw rows
        String[] header = lines.get(0).replace("\"", "").split("\t", -1);
        int pcom = List.of(header).indexOf("pcom");
        int scom = List.of(header).indexOf("scom");
        int isnr = List.of(header).indexOf("isnr");
        for (OutcomeIssue i : d.issues()) {
            String[] row = lines.stream().map(l -> l.replace("\"", "").split("\t", -1))
                    .filter(r -> r.length > isnr && r[isnr].equals(i.id())).findFirst().orElseThrow();
            List<Stand> fifty = new ArrayList<>();
            List<Stand> equalWeight = new ArrayList<>();
            for (int a = 0; a < 30; a++) {
                String x = row[pcom + a];
                String s = row[scom + a];
                if (!x.isBlank()) {
                    fifty.add(new Stand(header[pcom + a].substring(1), Double.parseDouble(x),
                            s.isBlank() ? 50 : Double.parseDouble(s)));
                    if (!s.isBlank()) {
                        equalWeight.add(new Stand(header[pcom + a].substring(1), Double.parseDouble(x), 1));
                    }
                }
            }
            half.add(new OutcomeIssue(i.id(), i.proposal(), i.outcome(), i.referencePoint(), fifty));
            flat.add(new OutcomeIssue(i.id(), i.proposal(), i.outcome(), i.referencePoint(), equalWeight));
        }
        assertThat(score(d.withIssues(half), "compromise", Capabilities.equal()).mae()).isCloseTo(23.61, within(0.005));
        assertThat(score(d.withIssues(flat), "compromise", Capabilities.equal()).mae()).isCloseTo(23.71, within(0.005));
    }

    @Test
    void broken_cells_are_named_by_line_and_column() {
        String head = "\"prnr\"\t\"isnr\"\t\"pcom\"\t\"pep\"\t\"scom\"\t\"sep\"\t\"rp\"\t\"out\"\n";
        assertThatThrownBy(() -> DeuFile.read(new TextFile("x.csv", head
                + "d1\td1i1\t10\tabc\t50\t50\t\t40\n"
                + "d1\td1i2\t10\t20\t50\t50\t\t140\n"
                + "d1\td1i3\t10\t20\t50\t50\t\tn/a\n", false)))
                .isInstanceOf(InputException.class)
                .hasMessage("x.csv:2: pep: 'abc' (field 4); expected a number 0 to 100, or blank\n"
                        + "x.csv:4: out: 'n/a' (field 8); expected a number 0 to 100, or blank for no outcome");
        assertThatThrownBy(() -> DeuFile.read(new TextFile("y.csv",
                "prnr\tisnr\tpcom\tscom\trp\n d1\td1i1\t10\t50\t\n", false)))
                .hasMessage("y.csv:1: no 'out' column; expected the DEU III header with prnr, isnr, p<actor> and "
                        + "s<actor> per actor, rp and out");
    }

    @Test
    void an_outcome_off_the_scale_excludes_the_issue_and_a_blank_salience_excludes_the_actor() {
        OutcomeDataset d = DeuFile.read(new TextFile("z.csv", "prnr\tisnr\tpcom\tpep\tpde\tscom\tsep\tsde\trp\tout\n"
                + "d1\td1i1\t10\t20\t90\t50\t50\t\t\t140\n"
                + "d1\td1i2\t10\t20\t90\t50\t50\t\t\t15\n", false));
        assertThat(d.excluded()).singleElement().satisfies(x -> assertThat(x.reason()).isEqualTo(
                "outcome 140 outside 0..100"));
        assertThat(d.issues()).singleElement().satisfies(i -> assertThat(i.byActor()).containsOnlyKeys("com", "ep"));
        assertThat(d.capabilitySets()).isEmpty();
    }
}
