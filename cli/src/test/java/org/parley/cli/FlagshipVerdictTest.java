package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.Analysis;
import org.parley.core.analysis.Analyzer;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.core.text.Decimals;
import org.parley.core.verdict.Hinge;
import org.parley.core.verdict.IssueFix;
import org.parley.core.verdict.PackageAssessment;
import org.parley.core.verdict.Shortfall;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/**
 * The flagship's verdict, each claim checked against the typed results by applying it: the blockers and their
 * margins, the single-issue fixes, the break-even values; and analyze's text opens with it.
 */
class FlagshipVerdictTest {

    private static Scenario flagship;
    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        flagship = ScenarioFiles.read(Path.of(RunsCommandTest.FLAGSHIP), Limits.defaults());
        analysis = Analyzer.analyze(flagship);
    }

    @Test
    void analyze_starts_with_the_verdict() {
        Cli.Run r = Cli.run("analyze", RunsCommandTest.FLAGSHIP, "--no-store");
        assertThat(r.code()).isZero();
        String out = r.out();
        int verdict = out.indexOf("\nVerdict\n");
        assertThat(verdict).isPositive().isLessThan(out.indexOf("Forecasts per issue"));
        assertThat(out.substring(0, verdict).lines()).hasSize(2);
        String first = analysis.verdict().summary().get(0);
        assertThat(out.substring(verdict).replace('\n', ' ')).contains(first);
    }

    @Test
    void a_forecast_that_did_not_settle_is_printed_as_its_range_with_a_warning() {
        String out = Cli.run("analyze", RunsCommandTest.FLAGSHIP, "--no-store").out();
        org.parley.core.forecast.Forecast bdm = analysis.forecasts().stream().filter(f -> f.model().equals("bdm"))
                .findFirst().orElseThrow();
        var ethnic = bdm.convergence().issues().get("ETHNIC");
        assertThat(ethnic.point()).as("BDM on the flagship's ETHNIC keeps moving").isFalse();
        String range = Decimals.fixed(ethnic.low(), 1) + "-" + Decimals.fixed(ethnic.high(), 1) + " ~";
        assertThat(out.lines().filter(l -> l.matches("ETHNIC +[0-9.]+ +[0-9.]+ .*")).findFirst().orElseThrow())
                .contains(range)
                .doesNotContain(" " + Decimals.fixed(bdm.forecast().get("ETHNIC"), 1) + " ");
        assertThat(out).contains("~ did not settle: the range the model kept moving in, not a point")
                .contains("warning: " + org.parley.core.forecast.ConvergenceWords.warning(bdm).orElseThrow());
        assertThat(out.lines().filter(l -> l.matches("TERR +[0-9.]+ +[0-9.]+ .*")).findFirst().orElseThrow())
                .doesNotContain("~");
    }

    @Test
    void the_named_blockers_are_the_veto_parties_that_reject_each_package_by_the_margins_stated() {
        for (PackageAssessment pa : analysis.verdict().packages()) {
            PackageVerdict v = analysis.verdict(pa.packageId()).orElseThrow();
            assertThat(pa.passes()).isEqualTo(v.blockedBy().isEmpty());
            assertThat(pa.blockers()).extracting(Shortfall::actor).containsExactlyElementsOf(v.blockedBy());
            for (Shortfall b : pa.blockers()) {
                assertThat(b.margin()).isEqualTo(v.margins().get(b.actor())).isNegative();
                assertThat(String.join(" ", pa.sentences())).contains("(" + b.actor() + ") rejects it, "
                        + Decimals.fixed(-b.margin(), 1) + " points below its no-deal value");
            }
            assertThat(pa.otherRejecters()).extracting(Shortfall::actor)
                    .containsExactlyElementsOf(v.rejectedBy().stream().filter(id -> !v.blockedBy().contains(id))
                            .toList());
        }
        PackageAssessment gb = assessment("grand-bargain");
        assertThat(gb.blockers()).extracting(Shortfall::actor).containsExactly("RUS");
        assertThat(gb.blockers().get(0).margin()).isEqualTo(17.38888888888889 - 37.4,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void each_single_issue_fix_moves_one_term_and_every_veto_party_then_accepts() {
        int fixes = 0;
        for (PackageAssessment pa : analysis.verdict().packages()) {
            IssueFix fix = pa.singleIssueFix();
            if (fix == null) {
                continue;
            }
            fixes++;
            assertThat(fix.issues()).hasSize(1);
            String issue = fix.issues().get(0);
            Package p = flagship.pkg(pa.packageId()).orElseThrow();
            Map<String, Double> terms = new LinkedHashMap<>(p.terms());
            terms.put(issue, fix.to().get(issue));
            PackageVerdict after = review(flagship, new Package(p.id(), p.name(), p.description(), terms));
            assertThat(after.blockedBy()).as(pa.packageId()).isEmpty();
            assertThat(String.join(" ", pa.sentences())).contains("it passes if " + issue);
        }
        assertThat(fixes).as("every flagship package is blocked and has a single-issue fix").isEqualTo(3);
    }

    @Test
    void each_break_even_value_flips_the_verdict_when_applied() {
        PackageAssessment partition = assessment("partition");
        assertThat(partition.hinges()).isNotEmpty();
        for (Hinge h : partition.hinges()) {
            assertThat(flagship.actor(h.actor()).orElseThrow().veto()).isTrue();
            assertThat(blocked(apply(h, h.breakEven()), "partition")).as(h.toString()).isFalse();
            assertThat(blocked(apply(h, h.now()), "partition")).isTrue();
        }
        Hinge ukr = partition.hinges().get(0);
        assertThat(ukr.judgement()).isEqualTo("reservation");
        assertThat(ukr.breakEven()).isEqualTo(42.5);
        assertThat(String.join(" ", partition.sentences())).contains("it passes if UKR's no-deal value falls to 42.5");
    }

    @Test
    void the_verdict_is_one_object_in_the_json_document() throws Exception {
        var json = Cli.run("analyze", RunsCommandTest.FLAGSHIP, "--no-store", "--json").json();
        assertThat(json.at("/verdict/summary/0").asText()).isEqualTo(analysis.verdict().summary().get(0));
        assertThat(json.at("/verdict/packages")).hasSize(3);
    }

    private static PackageAssessment assessment(String id) {
        return analysis.verdict().packages().stream().filter(p -> p.packageId().equals(id)).findFirst().orElseThrow();
    }

    private static Scenario apply(Hinge h, double value) {
        return flagship.withActors(flagship.actors().stream().map(a -> {
            if (!a.id().equals(h.actor())) {
                return a;
            }
            if (h.judgement().equals("reservation")) {
                return a.withReservation(value);
            }
            Map<String, Stance> st = new LinkedHashMap<>(a.stances());
            Stance old = st.get(h.issue());
            st.put(h.issue(), new Stance(old.position(), value, old.note(), old.basis(), old.sources()));
            return a.withStances(st);
        }).toList());
    }

    private static boolean blocked(Scenario s, String pkg) {
        return !PackageReview.of(s).verdict(pkg).blockedBy().isEmpty();
    }

    private static PackageVerdict review(Scenario s, Package p) {
        return PackageReview.of(s.withPackages(List.of(p))).packages().get(0);
    }
}
