package org.parley.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<CsvRecord> parse(String s) {
        return Csv.parse(TextFile.decode("t.csv", s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void quoted_fields_keep_commas_quotes_and_newlines() {
        List<CsvRecord> r = parse("a,\"b, c\",\"say \"\"hi\"\"\"\n\"multi\nline\",x\n");
        assertThat(r.get(0).fields()).containsExactly("a", "b, c", "say \"hi\"");
        assertThat(r.get(1).fields()).containsExactly("multi\nline", "x");
    }

    @Test
    void records_know_their_first_line_and_blank_lines_are_skipped() {
        List<CsvRecord> r = parse("h1,h2\n\n\"x\ny\",1\nz, 2 \n");
        assertThat(r).extracting(CsvRecord::line).containsExactly(1, 3, 5);
        assertThat(r.get(2).fields()).containsExactly("z", "2");
    }

    @Test
    void width_ignores_trailing_empty_fields() {
        CsvRecord r = parse("a,b,,\n").get(0);
        assertThat(r.size()).isEqualTo(4);
        assertThat(r.width()).isEqualTo(2);
        assertThat(r.field(9)).isEmpty();
    }

    @Test
    void an_unclosed_quote_names_the_line_it_opened_on() {
        assertThatThrownBy(() -> parse("a,b\nc,\"oops\nd,e\n"))
                .hasMessage("t.csv:2: a quoted field is never closed; expected a closing \"");
    }

    @Test
    void other_delimiters_and_quotes_work() {
        assertThat(parse("'#A'\t'x y'\t1\n").get(0).fields()).containsExactly("'#A'\t'x y'\t1");
        List<CsvRecord> r = Csv.parse(TextFile.decode("d", "'#A'\t'x y'\t1\n".getBytes(StandardCharsets.UTF_8)),
                '\t', '\'');
        assertThat(r.get(0).fields()).containsExactly("#A", "x y", "1");
    }

    @Test
    void numbers_are_plain_finite_decimals() {
        assertThat(Numbers.parse(" 7.39 ")).isEqualByComparingTo("7.39");
        assertThat(Numbers.parse("1e3")).isEqualByComparingTo("1000");
        assertThat(Numbers.parse("NaN")).isNull();
        assertThat(Numbers.parse("Infinity")).isNull();
        assertThat(Numbers.parse("1e400")).isNull();
        assertThat(Numbers.parse("0x10")).isNull();
        assertThat(Numbers.parse("7,5")).isNull();
        assertThat(Numbers.format(12.0)).isEqualTo("12");
        assertThat(Numbers.format(1.0E-4)).isEqualTo("0.0001");
    }
}
