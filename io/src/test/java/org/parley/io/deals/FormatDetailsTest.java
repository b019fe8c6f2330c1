package org.parley.io.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.Profile;
import org.parley.io.Limits;
import org.parley.io.genius.GeniusDomain;
import org.parley.io.genius.GeniusDomainReader;
import org.parley.io.genius.GeniusProfileReader;
import org.parley.io.geniusweb.GeniusWebReader;
import org.parley.io.text.TextFile;

/** The finer points of the formats: number ranges, real evaluators, hyper-rectangle semantics. */
class FormatDetailsTest {

    @TempDir
    Path tmp;

    private TextFile file(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return TextFile.read(p, Limits.defaults());
    }

    @Test
    void geniusweb_number_ranges_in_both_forms_expand_in_exact_decimals() throws IOException {
        OutcomeSpace a = GeniusWebReader.domain(file("a.json", "{\"name\": \"n\", \"issuesValues\": {"
                + "\"x\": {\"range\": {\"low\": 0.1, \"high\": 0.5, \"step\": 0.1}}, "
                + "\"y\": {\"range\": [1, 2, 0.5]}}}"), new ArrayList<>());
        assertThat(a.issues().get(0).labels()).containsExactly("0.1", "0.2", "0.3", "0.4", "0.5");
        assertThat(a.issues().get(1).labels()).containsExactly("1", "1.5", "2");
        assertThat(a.size().intValue()).isEqualTo(15);
    }

    @Test
    void geniusweb_number_utilities_interpolate_and_round_to_eight_decimals() throws IOException {
        String domain = "{\"name\": \"n\", \"issuesValues\": {\"x\": {\"range\": {\"low\": 0, \"high\": 3, "
                + "\"step\": 1}}}}";
        OutcomeSpace s = GeniusWebReader.domain(file("d.json", domain), new ArrayList<>());
        Profile p = GeniusWebReader.profile(file("p.json", "{\"LinearAdditiveUtilitySpace\": {\"domain\": " + domain
                + ", \"issueUtilities\": {\"x\": {\"numberutils\": {\"lowValue\": 0, \"lowUtility\": 0, "
                + "\"highValue\": 3, \"highUtility\": 1}}}, \"issueWeights\": {\"x\": 1}}}"), "p", s,
                new ArrayList<>());
        assertThat(p.utility(new int[] {1})).isEqualTo(0.33333333);
        assertThat(p.utility(new int[] {2})).isEqualTo(0.66666667);
        assertThat(p.reservationValue()).isZero();
    }

    @Test
    void genius_real_issues_are_gridded_and_read_with_triangular_and_linear_evaluators() throws IOException {
        String issue = "<issue index=\"1\" name=\"r\" type=\"real\"><range lowerbound=\"0\" upperbound=\"10\"/>";
        List<String> warnings = new ArrayList<>();
        GeniusDomain d = GeniusDomainReader.read(file("d.xml", "<negotiation_template><utility_space>"
                + "<objective index=\"0\" name=\"o\">" + issue + "</issue></objective></utility_space>"
                + "</negotiation_template>"), 11, warnings);
        assertThat(d.space().issues().get(0).size()).isEqualTo(11);
        assertThat(warnings).anyMatch(w -> w.contains("discretised into 11"));
        Profile tri = GeniusProfileReader.read(file("t.xml", "<utility_space><objective index=\"0\" name=\"o\">"
                + issue + "<evaluator ftype=\"triangular\" parameter0=\"2\" parameter1=\"8\" parameter2=\"4\"/>"
                + "</issue><weight index=\"1\" value=\"1\"/></objective></utility_space>"), "t", d, 11, warnings);
        assertThat(tri.utility(new int[] {3})).isCloseTo(0.5, within(1e-12));
        assertThat(tri.utility(new int[] {4})).isCloseTo(1.0, within(1e-12));
        assertThat(tri.utility(new int[] {6})).isCloseTo(0.5, within(1e-12));
        assertThat(tri.utility(new int[] {7})).isCloseTo(0.25, within(1e-12));
        assertThat(tri.utility(new int[] {9})).isZero();
        Profile lin = GeniusProfileReader.read(file("l.xml", "<utility_space><objective index=\"0\" name=\"o\">"
                + issue + "<evaluator ftype=\"linear\" parameter0=\"0.5\" parameter1=\"0.1\"/>"
                + "</issue><weight index=\"1\" value=\"1\"/></objective></utility_space>"), "l", d, 11, warnings);
        assertThat(lin.utility(new int[] {2})).isCloseTo(0.7, within(1e-12));
        assertThat(lin.utility(new int[] {8})).isEqualTo(1.0);
    }

    private static final String INT_DOMAIN = "<negotiation_template><utility_space><objective index=\"0\" "
            + "name=\"o\"><issue index=\"1\" name=\"a\" type=\"integer\" lowerbound=\"0\" upperbound=\"9\"/>"
            + "<issue index=\"2\" name=\"b\" type=\"integer\" lowerbound=\"0\" upperbound=\"9\"/></objective>"
            + "</utility_space></negotiation_template>";

    private static String nonlinear(String rectangles) {
        return "<!-- a comment first -->\n<?xml version=\"1.0\"?>\n<utility_space type=\"nonlinear\"><objective "
                + "index=\"0\" name=\"o\"><issue index=\"1\" name=\"a\" type=\"integer\" lowerbound=\"0\" "
                + "upperbound=\"9\"/><issue index=\"2\" name=\"b\" type=\"integer\" lowerbound=\"0\" "
                + "upperbound=\"9\"/><utility maxutility=\"10\"><ufun aggregation=\"sum\">" + rectangles
                + "</ufun></utility></objective><reservation value=\"0.2\"/></utility_space>";
    }

    @Test
    void hyper_rectangles_follow_genius_semantics() throws IOException {
        GeniusDomain d = GeniusDomainReader.read(file("d.xml", INT_DOMAIN), 11, new ArrayList<>());
        Profile p = GeniusProfileReader.read(file("p.xml", nonlinear(
                "<hyperRectangle utility=\"4\"><INCLUDES index=\"1\" min=\"2\" max=\"5\"/>"
                + "<INCLUDES index=\"2\" min=\"0\" max=\"3\"/></hyperRectangle>"
                + "<hyperRectangle utility=\"3\" weight=\"2\"><EXCLUDES index=\"1\" min=\"0\" max=\"4\"/>"
                + "</hyperRectangle><hyperRectangle utility=\"1\"/>")), "p", d, 11, new ArrayList<>());
        assertThat(p.utility(new int[] {3, 1})).isCloseTo(0.5, within(1e-12));
        assertThat(p.utility(new int[] {7, 1})).isCloseTo(0.7, within(1e-12));
        assertThat(p.utility(new int[] {3, 8})).isCloseTo(0.1, within(1e-12));
        assertThat(p.reservationValue()).isEqualTo(0.2);
        assertThatThrownBy(() -> GeniusProfileReader.read(file("q.xml", nonlinear(
                "<hyperRectangle utility=\"4\"><INCLUDES index=\"1\" min=\"2\" max=\"5\"/>"
                + "<EXCLUDES index=\"2\" min=\"0\" max=\"3\"/></hyperRectangle>")), "q", d, 11, new ArrayList<>()))
                .hasMessageContaining("both INCLUDES and EXCLUDES");
    }
}
