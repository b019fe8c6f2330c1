package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void yaml_to_json_and_back_is_identical() throws Exception {
        Path json = dir.resolve("f.json");
        Path yaml = dir.resolve("f.yaml");
        assertThat(Cli.run("convert", "examples/ukraine-2022-grand-bargain.yaml", json.toString()).code()).isZero();
        assertThat(Cli.run("convert", json.toString(), yaml.toString()).code()).isZero();
        assertThat(Files.readString(yaml)).isEqualTo(Files.readString(Path.of("examples/ukraine-2022-grand-bargain.yaml")));
    }

    @Test
    void ktab_to_yaml_to_ktab_keeps_the_numbers() throws Exception {
        Path yaml = dir.resolve("d.yaml");
        Path csv = dir.resolve("d.csv");
        assertThat(Cli.run("convert", "data/ktab/dummyData_3Dim.csv", yaml.toString()).code()).isZero();
        Cli.Run r = Cli.run("convert", yaml.toString(), csv.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(csv)).startsWith("DummyData_3Dim,Dummy scenario to test reading format,7,3\n"
                + "Actor,Description,Power,Pstn1,Pstn1 salience,Pstn2,Pstn2 salience,Pstn3,Pstn3 salience\n"
                + "SActor-00,Random Spatial Actor,102.543,75.79,49.53,6.37,5.91,70.45,28.15\n");
    }

    @Test
    void a_refused_conversion_writes_nothing_and_says_why() {
        Path csv = dir.resolve("flagship.csv");
        Cli.Run r = Cli.run("convert", "examples/ukraine-2022-grand-bargain.yaml", csv.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("parley: cannot write KTAB CSV: KTAB needs each actor's saliences to "
                + "sum to at most 100; they sum to more for USA 310,");
        assertThat(csv).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void one_issue_goes_to_a_bdm_table_and_losses_are_listed() throws Exception {
        Path csv = dir.resolve("terr.csv");
        Cli.Run r = Cli.run("convert", "examples/ukraine-2022-grand-bargain.yaml", csv.toString(), "--issue", "TERR");
        assertThat(r.code()).isZero();
        assertThat(r.err()).startsWith("parley: note: bdm cannot hold reservation values, veto marks");
        assertThat(Files.readString(csv)).startsWith("Actor,Capability,Position,Salience\nUnited States,100,70,0.6\n");
    }

    @Test
    void ktab_normalised_saliences_are_an_explicit_choice() throws Exception {
        Path csv = dir.resolve("k.csv");
        Cli.Run r = Cli.run("convert", "examples/ukraine-2022-grand-bargain.yaml", csv.toString(),
                "--normalise-saliences");
        assertThat(r.code()).isZero();
        assertThat(Cli.run("validate", csv.toString()).code()).isZero();
    }

    @Test
    void a_txt_output_is_the_decide_format_and_reads_back() throws Exception {
        Path txt = dir.resolve("flagship.txt");
        Cli.Run r = Cli.run("convert", "examples/ukraine-2022-grand-bargain.yaml", txt.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).startsWith("parley: note: decide cannot hold").contains("status quo");
        assertThat(Files.readString(txt)).contains("'#A'\t'USA'\t'United States'");
        assertThat(Cli.run("validate", txt.toString()).out()).contains("ok (13 actors, 6 issues, 0 packages)");
        Cli.Run back = Cli.run("convert", "data/exchange/sample_data.txt", "-", "--to", "yaml");
        assertThat(back.code()).isZero();
        assertThat(back.out()).contains("tol-hoogte");
    }

    @Test
    void bad_output_names_are_usage_errors() {
        Cli.Run r = Cli.run("convert", "examples/emission-1994.yaml", dir.resolve("x.dat").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot tell the output format");
        Cli.Run same = Cli.run("convert", "examples/emission-1994.yaml", "examples/emission-1994.yaml");
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("OUT: examples/emission-1994.yaml is an input of this run; writing it would "
                + "destroy it");
    }
}
