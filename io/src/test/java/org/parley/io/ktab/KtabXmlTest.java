package org.parley.io.ktab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.forecast.smp.Accommodation;
import org.parley.core.forecast.smp.SmpModel;
import org.parley.core.forecast.smp.SmpRun;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.ScenarioFormat;
import org.parley.io.text.TextFile;

class KtabXmlTest {

    private static KtabScenario read(String name, String content) {
        return KtabXml.read(TextFile.decode(name, content.getBytes(StandardCharsets.UTF_8)), Limits.defaults());
    }

    private static String shipped(String name) throws IOException {
        return Files.readString(KtabReference.data(name), StandardCharsets.UTF_8);
    }

    private static List<String> errors(String content) {
        try {
            read("bad.xml", content);
        } catch (InputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("no error");
    }

    @Test
    void the_xml_twin_of_dummy_data_gives_exactly_the_csv_result() {
        KtabScenario xml = KtabXml.read(TextFile.read(KtabReference.data("dummyData_3Dim.xml"), Limits.defaults()),
                Limits.defaults());
        assertThat(xml.params()).isEmpty();
        assertThat(xml.accommodation().isIdentity()).isTrue();
        assertThat(xml.warnings()).anySatisfy(w -> assertThat(w).contains("IdealAdjustment"));
        assertThat(Long.toUnsignedString(xml.seed())).isEqualTo("3707583219545544125");
        Scenario csv = ScenarioFiles.read(KtabReference.data("dummyData_3Dim.csv"), Limits.defaults());
        assertThat(xml.smpDefaults()).containsExactly(java.util.Map.entry("seed", "3707583219545544125"),
                java.util.Map.entry("idealAdjust", "identity"));
        SmpRun fromXml = SmpModel.run(xml.scenario(), Params.of(xml.smpDefaults()));
        SmpRun fromCsv = SmpModel.run(csv, Params.none());
        assertThat(fromXml.states()).isEqualTo(11);
        assertThat(fromXml.forecast().rounds()).isEqualTo(fromCsv.forecast().rounds());
        assertThat(fromXml.probabilities()).isEqualTo(fromCsv.probabilities());
    }

    @Test
    void xml_files_are_detected_by_their_root_element() {
        TextFile text = TextFile.read(KtabReference.data("dummyData_3Dim.xml"), Limits.defaults());
        assertThat(ScenarioFiles.detect(text)).isEqualTo(ScenarioFormat.KTAB_XML);
        assertThat(ScenarioFiles.read(KtabReference.data("dummyData_3Dim.xml"), Limits.defaults()).actors())
                .hasSize(7);
        TextFile genius = TextFile.decode("d.xml", "<negotiation_template/>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ScenarioFiles.detect(genius)).hasMessageContaining("not supported here")
                .hasMessageContaining("parley deals");
    }

    @Test
    void the_empty_coordinate_of_the_shipped_smp_example_is_reported_with_actor_and_dimension() {
        assertThatThrownBy(() -> KtabXml.read(TextFile.read(KtabReference.data("smpExample.xml"),
                Limits.defaults()), Limits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Actors/Actor[1]/Position/dCoord[1]")
                .hasMessageContaining("empty for actor 'Alice' on dimension 'FirstDim'");
    }

    @Test
    void model_parameters_seed_and_ideal_adjustment_are_read() throws IOException {
        KtabScenario k = read("smpExample.xml", shipped("smpExample.xml").replace("<dCoord></dCoord>",
                "<dCoord>48.2</dCoord>"));
        assertThat(k.params()).containsEntry("pce", "markov-incentive").containsEntry("transitions", "stochastic")
                .containsEntry("voting", "prop-cbc").containsEntry("victory", "linear").hasSize(9);
        assertThat(Long.toUnsignedString(k.seed())).isEqualTo("3507583219545544127");
        assertThat(k.accommodation().get(0, 0)).isEqualTo(0.87);
        assertThat(k.accommodation().get(1, 0)).isEqualTo(0.07);
        assertThat(k.accommodation().get(2, 3)).isEqualTo(0.13);
        assertThat(k.accommodation().get(4, 4)).isEqualTo(1.0);
        assertThat(k.smpDefaults()).containsEntry("seed", "3507583219545544127").containsEntry("pce",
                "markov-incentive");
        assertThat(k.smpDefaults().get("idealAdjust")).startsWith("Alice>Alice:0.87,").contains("Bob>Alice:0.07");
        assertThat(Accommodation.parse(k.smpDefaults().get("idealAdjust"),
                k.scenario().actors().stream().map(org.parley.core.scenario.Actor::id).toList()))
                .isEqualTo(k.accommodation());
        SmpRun a = SmpModel.run(k.scenario(), Params.of(k.smpDefaults()));
        SmpRun b = SmpModel.run(k.scenario(), Params.of(k.smpDefaults()));
        assertThat(a).isEqualTo(b);
        assertThat(a.turns().get(1).ideals()).isNotNull();
        assertThat(a.forecast().params()).containsEntry("seed", "3507583219545544127")
                .containsEntry("idealAdjust", k.smpDefaults().get("idealAdjust"));
    }

    @Test
    void doctype_declarations_and_external_entities_are_refused() {
        String evil = "<?xml version=\"1.0\"?>\n<!DOCTYPE Scenario [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Scenario><name>&xxe;</name></Scenario>\n";
        TextFile text = TextFile.decode("evil.xml", evil.getBytes(StandardCharsets.UTF_8));
        assertThat(ScenarioFiles.detect(text)).isEqualTo(ScenarioFormat.KTAB_XML);
        assertThatThrownBy(() -> KtabXml.read(text, Limits.defaults())).isInstanceOf(InputException.class)
                .hasMessageContaining("evil.xml:2").hasMessageContaining("DOCTYPE declarations are not allowed")
                .hasMessageNotContaining("root:");
        String billion = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<Scenario>&lol2;</Scenario>";
        assertThatThrownBy(() -> read("lol.xml", billion)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void every_bad_value_is_reported_with_its_element_path() throws IOException {
        String base = shipped("dummyData_3Dim.xml");
        String bad = base.replace("<capability>102.543</capability>", "<capability>0</capability>")
                .replace("<dCoord>82.72</dCoord>", "<dCoord>120</dCoord>")
                .replace("<dSal>48.47</dSal>", "<dSal>98.47</dSal>")
                .replace("<dName>Pstn3</dName>", "<dName>Pstn3</dName><dName>Extra</dName>");
        List<String> e = errors(bad);
        assertThat(e).anySatisfy(m -> assertThat(m).contains("Actors/Actor[1]/capability").contains("above 0"));
        assertThat(e).anySatisfy(m -> assertThat(m).contains("Actors/Actor[1]/Position")
                .contains("has 3 <dCoord>; expected 4"));
        List<String> values = errors(base.replace("<dCoord>82.72</dCoord>", "<dCoord>120</dCoord>")
                .replace("<dSal>48.47</dSal>", "<dSal>98.47</dSal>"));
        assertThat(values).anySatisfy(m -> assertThat(m).contains("Actors/Actor[2]/Position/dCoord[1] (Pstn1)")
                .contains("outside 0 to 100"));
        assertThat(values).anySatisfy(m -> assertThat(m).contains("Actors/Actor[3]/Salience")
                .contains("sum to 146.64").contains("at most 100"));
    }

    @Test
    void model_parameters_need_all_nine_known_switches() throws IOException {
        String base = shipped("dummyData_3Dim.xml");
        List<String> e = errors(base.replace("<Dimensions>", "<ModelParameters><VictoryProbModel>Cubic"
                + "</VictoryProbModel><VotingRule>Proportional</VotingRule></ModelParameters><Dimensions>"));
        assertThat(e).anySatisfy(m -> assertThat(m).contains("ModelParameters/VictoryProbModel")
                .contains("'Cubic'"));
        assertThat(e).anySatisfy(m -> assertThat(m).contains("ModelParameters/PCEModel").contains("missing"));
        assertThat(e).noneSatisfy(m -> assertThat(m).contains("ModelParameters/VotingRule"));
    }

    @Test
    void ideal_adjustments_must_name_actors_and_keep_rows_at_most_one() throws IOException {
        String base = shipped("dummyData_3Dim.xml");
        String ia = "<IdealAdjustment><iaPair><adjustingIdeal>SActor-00</adjustingIdeal><referencePos>SActor-01"
                + "</referencePos><adjust>0.5</adjust></iaPair><iaPair><adjustingIdeal>Nobody</adjustingIdeal>"
                + "<referencePos>SActor-01</referencePos><adjust>0.1</adjust></iaPair></IdealAdjustment>";
        List<String> e = errors(base.replace("</Actors>", "</Actors>" + ia));
        assertThat(e).anySatisfy(m -> assertThat(m).contains("iaPair[2]/adjustingIdeal").contains("'Nobody'"));
        assertThat(e).anySatisfy(m -> assertThat(m).contains("SActor-00").contains("sum to 1.5"));
    }

    @Test
    void too_few_actors_and_missing_dimensions_are_refused() {
        List<String> e = errors("<Scenario><name>x</name><Actors><Actor><name>A</name><capability>1</capability>"
                + "</Actor></Actors></Scenario>");
        assertThat(e).anySatisfy(m -> assertThat(m).contains("Dimensions").contains("missing"));
        assertThat(e).anySatisfy(m -> assertThat(m).contains("1 actors; KTAB expects 3 to 250"));
        assertThat(errors("<Scenario><name>x</name>")).singleElement().asString().contains("bad.xml:1");
    }
}
