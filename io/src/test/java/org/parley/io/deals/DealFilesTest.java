package org.parley.io.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.deals.DealAnalysis;
import org.parley.core.deals.DealOptions;
import org.parley.core.deals.DealReport;
import org.parley.core.outcomes.TooManyOutcomesException;
import org.parley.core.preferences.HyperRectangleProfile;
import org.parley.core.preferences.Profile;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.genius.GeniusDomainReader;
import org.parley.io.genius.ParetoFile;
import org.parley.io.text.TextFile;

/** Every bundled domain loads and is analysed; malformed files get clear messages. */
class DealFilesTest {

    @TempDir
    Path tmp;

    @Test
    void every_bundled_genius_and_geniusweb_folder_loads_and_is_analysed() throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (String root : List.of("genius", "geniusweb")) {
            try (Stream<Path> s = Files.list(DataFiles.data(root))) {
                s.filter(Files::isDirectory).sorted().forEach(dirs::add);
            }
        }
        assertThat(dirs).hasSize(11);
        for (Path dir : dirs) {
            DealFiles.Loaded l = DealFiles.load(dir, List.of(), Limits.defaults(), 11);
            assertThat(l.deals().profiles()).as(dir.toString()).hasSizeGreaterThanOrEqualTo(2);
            if (l.deals().space().size().compareTo(BigInteger.valueOf(100_000_000)) > 0) {
                DealOptions small = DealOptions.defaults(1).with(
                        org.parley.core.deals.FrontierOptions.defaults(1).withMaxOutcomes(1_000_000));
                assertThatThrownBy(() -> DealAnalysis.run(l.deals(), small))
                        .isInstanceOf(TooManyOutcomesException.class).hasMessageContaining("10000000000 outcomes")
                        .hasMessageContaining("--max-outcomes");
                continue;
            }
            DealReport r = DealAnalysis.run(l.deals(), DealOptions.defaults(1));
            assertThat(r.frontier().size()).as(dir.toString()).isPositive();
            assertThat(r.zopa()).as(dir.toString()).isNotNull();
        }
    }

    @Test
    void integer_domain_discount_factor_zero_loads_as_one() {
        DealFiles.Loaded l = DealReferenceTest.load("genius/IntegerDomain");
        assertThat(l.deals().space().size()).isEqualTo(BigInteger.valueOf(121));
        for (Profile p : l.deals().profiles()) {
            assertThat(p.discountFactor()).isEqualTo(1.0);
        }
    }

    @Test
    void laptop_discount_factor_and_party_three_profiles_load() {
        DealFiles.Loaded laptop = DealReferenceTest.load("genius/laptop_anac2011");
        assertThat(laptop.deals().profiles().get(0).discountFactor()).isCloseTo(0.42441038, within(1e-12));
        DealFiles.Loaded party = DealReferenceTest.load("genius/partydomain");
        assertThat(party.deals().parties()).containsExactly("party1_utility", "party2_utility", "party3_utility");
    }

    @Test
    void nonlinear_profiles_and_the_published_frontier_load() {
        DealFiles.Loaded l = DealReferenceTest.load("genius/nonlinear_S-1NIKFRT-1");
        assertThat(l.deals().space().size()).isEqualTo(BigInteger.TEN.pow(10));
        assertThat(l.deals().profiles()).allMatch(p -> p instanceof HyperRectangleProfile);
        HyperRectangleProfile p1 = (HyperRectangleProfile) l.deals().profiles().get(0);
        assertThat(p1.rectangles()).hasSize(20);
        assertThat(p1.reservationValue()).isEqualTo(0.60);
        assertThat(p1.discountFactor()).isEqualTo(0.95);
        assertThat(l.publishedFrontier()).hasSize(4);
        assertThat(l.publishedFrontier().get(0)).containsExactly(0.6061776, 1.0);
        assertThat(l.publishedFrontier().get(3)).containsExactly(1.0, 0.7698864);
        List<double[]> again = ParetoFile.read(TextFile.read(
                DataFiles.data("genius/nonlinear_S-1NIKFRT-1/pareto.xml"), Limits.defaults()));
        assertThat(again).hasSize(4);
    }

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static final String DOMAIN = "<negotiation_template><utility_space><objective index=\"0\" name=\"r\">"
            + "<issue index=\"1\" name=\"a\" type=\"discrete\"><item index=\"1\" value=\"x\"/><item index=\"2\" "
            + "value=\"y\"/></issue><issue index=\"2\" name=\"b\" type=\"integer\" lowerbound=\"0\" upperbound=\"3\"/>"
            + "</objective></utility_space></negotiation_template>";

    private static String profile(String items, String weights) {
        return "<utility_space><objective index=\"0\" name=\"r\"><issue index=\"1\" name=\"a\" type=\"discrete\">"
                + items + "</issue><issue index=\"2\" name=\"b\" type=\"integer\" lowerbound=\"0\" upperbound=\"3\">"
                + "<evaluator ftype=\"linear\" slope=\"0.25\" offset=\"0\"/></issue>" + weights
                + "</objective></utility_space>";
    }

    private static final String ITEMS = "<item index=\"1\" value=\"x\" evaluation=\"1\"/>"
            + "<item index=\"2\" value=\"y\" evaluation=\"2\"/>";
    private static final String WEIGHTS = "<weight index=\"1\" value=\"0.5\"/><weight index=\"2\" value=\"0.5\"/>";

    private String loadError(String domain, String p1) throws IOException {
        Path d = write("d.xml", domain);
        Path a = write("a.xml", p1);
        Path b = write("b.xml", profile(ITEMS, WEIGHTS));
        try {
            DealFiles.load(d, List.of(a, b), Limits.defaults(), 11);
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }

    @Test
    void a_wellformed_small_domain_loads() throws IOException {
        Path d = write("d.xml", DOMAIN);
        Path a = write("a.xml", profile(ITEMS, WEIGHTS));
        Path b = write("b.xml", profile(ITEMS, WEIGHTS));
        DealFiles.Loaded l = DealFiles.load(d, List.of(a, b), Limits.defaults(), 11);
        assertThat(l.deals().space().size()).isEqualTo(BigInteger.valueOf(8));
        assertThat(l.deals().profiles().get(0).utility(new int[] {1, 3})).isCloseTo(0.875, within(1e-12));
        assertThat(l.deals().profiles().get(0).utility(new int[] {0, 0})).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void malformed_domains_and_profiles_get_clear_messages() throws IOException {
        assertThat(loadError("<negotiation_template><utility_space><objective index=\"0\"/></utility_space>"
                + "</negotiation_template>", profile(ITEMS, WEIGHTS))).contains("no <issue> elements");
        assertThat(loadError(DOMAIN, profile(ITEMS, "<weight index=\"1\" value=\"0.5\"/><weight index=\"2\" "
                + "value=\"0.3\"/>"))).contains("weights sum to 0.8");
        assertThat(loadError(DOMAIN, profile(ITEMS, "<weight index=\"1\" value=\"0.5\"/>")))
                .contains("no <weight> for issue 'b'");
        assertThat(loadError(DOMAIN, profile("<item index=\"1\" value=\"x\" evaluation=\"1\"/><item index=\"2\" "
                + "value=\"z\" evaluation=\"2\"/>", WEIGHTS))).contains("unknown values [z]")
                .contains("no evaluation for domain values [y]");
        assertThat(loadError(DOMAIN, "<utility_space type=\"uncertain\"/>")).contains("unsupported profile type");
    }

    @Test
    void xml_with_a_doctype_or_external_entity_is_refused() throws IOException {
        Path evil = write("evil.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "\n<negotiation_template>&e;</negotiation_template>");
        assertThatThrownBy(() -> GeniusDomainReader.read(TextFile.read(evil, Limits.defaults()), 11,
                new ArrayList<>())).isInstanceOf(InputException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void comments_before_the_declaration_are_forgiven_but_broken_xml_is_not() throws IOException {
        Path ok = write("ok.xml", "\n<!-- made by hand -->\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + DOMAIN);
        assertThat(GeniusDomainReader.read(TextFile.read(ok, Limits.defaults()), 11, new ArrayList<>()).space()
                .dimension()).isEqualTo(2);
        Path broken = write("broken.xml", "<negotiation_template><utility_space>");
        assertThatThrownBy(() -> GeniusDomainReader.read(TextFile.read(broken, Limits.defaults()), 11,
                new ArrayList<>())).isInstanceOf(InputException.class).hasMessageContaining("not well-formed XML");
    }

    @Test
    void geniusweb_profiles_with_unknown_values_or_bad_weights_are_refused() throws IOException {
        String good = Files.readString(DataFiles.data("geniusweb/jobs/jobs1.json"));
        Path dom = DataFiles.data("geniusweb/jobs/jobs.json");
        Path other = DataFiles.data("geniusweb/jobs/jobs2.json");
        Path unknown = write("u.json", good.replace("\"2500\": 0.25", "\"2600\": 0.25"));
        assertThatThrownBy(() -> DealFiles.load(dom, List.of(unknown, other), Limits.defaults(), 11))
                .hasMessageContaining("unknown value '2600'");
        Path weights = write("w.json", good.replace("\"salary\": 0.24", "\"salary\": 0.5"));
        assertThatThrownBy(() -> DealFiles.load(dom, List.of(weights, other), Limits.defaults(), 11))
                .hasMessageContaining("weights sum to");
        Path bid = write("b.json", good.replace("\"salary\": \"3500\"", "\"salary\": \"9999\""));
        assertThatThrownBy(() -> DealFiles.load(dom, List.of(bid, other), Limits.defaults(), 11))
                .hasMessageContaining("reservationBid").hasMessageContaining("unknown value");
        Path dup = write("d.json", "{\"name\": \"x\", \"name\": \"y\", \"issuesValues\": {}}");
        assertThatThrownBy(() -> DealFiles.load(dup, List.of(other, other), Limits.defaults(), 11))
                .hasMessageContaining("d.json:1: duplicate key 'name'");
    }
}
