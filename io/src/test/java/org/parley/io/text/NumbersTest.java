package org.parley.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.io.InputError;

/** The one number rule of every reader: what is a number, and what a refusal quotes. */
class NumbersTest {

    @Test
    void plainDecimalsWithinTheRangeOfADoubleAreRead() {
        assertThat(Numbers.read(" 7.39 ").value()).isEqualByComparingTo("7.39");
        assertThat(Numbers.read("1e3").value()).isEqualByComparingTo("1000");
        assertThat(Numbers.read("-0").value()).isEqualByComparingTo("0");
        assertThat(Numbers.read("1e-300").value()).isEqualByComparingTo("1e-300");
        assertThat(Numbers.read("1.7e308").value()).isEqualByComparingTo("1.7e308");
    }

    @Test
    void tooLongTooLargeTooSmallOrNotANumberIsRefusedQuotingTheTextShortened() {
        assertThat(Numbers.read("1e400").problem())
                .isEqualTo("'1e400'; expected a finite number (it is beyond the range of a double, about 1.8e308)");
        assertThat(Numbers.read("-1e-300000000").problem()).startsWith("'-1e-300000000'; expected a finite number "
                + "(it is too close to 0 for a double");
        assertThat(Numbers.read("1e-3000000000").problem())
                .isEqualTo("'1e-3000000000'; expected a finite number (its exponent is beyond the range of a double)");
        String million = "9".repeat(1_000_000);
        assertThat(Numbers.read(million).problem()).isEqualTo("'" + "9".repeat(40) + "...' (1000000 characters); "
                + "expected a number written with at most 100 characters");
        assertThat(Numbers.read("NaN").problem()).isEqualTo("'NaN'; expected a finite number");
        assertThat(Numbers.read("7,5").problem()).isEqualTo("'7,5'; expected a finite number");
        assertThat(Numbers.read("  ").problem()).isEqualTo("missing; expected a finite number");
        assertThat(Numbers.read(null).ok()).isFalse();
    }

    @Test
    void noTextMakesAProblemLongerThanAFewHundredCharacters() {
        qt().withFixedSeed(9).forAll(integers().between(0, 5_000), integers().between(-2_000_000_000, 2_000_000_000))
                .checkAssert((digits, exponent) -> {
                    String text = "-" + "1".repeat(digits + 1) + "e" + exponent;
                    Numbers.Reading r = Numbers.read(text);
                    if (!r.ok()) {
                        assertThat(r.problem().length()).isLessThan(200);
                    } else {
                        assertThat(Double.isFinite(r.value().doubleValue())).isTrue();
                        assertThat(r.value().signum() == 0 || r.value().doubleValue() != 0).isTrue();
                    }
                });
    }

    @Test
    void everyFiniteDoubleWrittenOutReadsBackAsItself() {
        qt().withFixedSeed(3).forAll(doubles().any()).assuming(Double::isFinite).checkAssert(x -> {
            BigDecimal v = Numbers.read(Double.toString(x).replace("E", "e")).value();
            assertThat(v).isNotNull();
            assertThat(v.doubleValue()).isEqualTo(x + 0.0);
            assertThat(Numbers.read(Numbers.format(x)).value().doubleValue()).isEqualTo(x + 0.0);
            assertThat(Numbers.format(x).length()).isLessThanOrEqualTo(Numbers.MAX_LENGTH);
        });
    }

    @Test
    void aFieldOfATableIsReadOrRefusedAtItsLineAndColumn() {
        List<InputError> errors = new ArrayList<>();
        CsvRecord r = new CsvRecord(7, List.of("A", "1e9999999999", ""));
        assertThat(Numbers.field("t.csv", r, 1, "Capability", errors)).isNull();
        assertThat(Numbers.field("t.csv", r, 2, "", errors)).isNull();
        assertThat(Numbers.field("t.csv", r, 0, "Name", errors)).isNull();
        assertThat(errors).extracting(InputError::toString).containsExactly(
                "t.csv:7: Capability: '1e9999999999'; expected a finite number (its exponent is beyond the range of a "
                        + "double)",
                "t.csv:7: column 3: missing; expected a finite number",
                "t.csv:7: Name: 'A'; expected a finite number");
    }

    @Test
    void aCellOnTheScaleIsBlankOrANumberFrom0To100AndARefusalQuotesItShortened() {
        List<InputError> errors = new ArrayList<>();
        CsvRecord r = new CsvRecord(4, List.of(" ", "0", "100", " 37.5 ", "100.01", "-0.5", "ninety",
                "9".repeat(500)));
        assertThat(Numbers.scaleField("o.csv", r, 0, "position", errors)).isNull();
        assertThat(Numbers.scaleField("o.csv", r, 1, "position", errors)).isEqualByComparingTo("0");
        assertThat(Numbers.scaleField("o.csv", r, 2, "position", errors)).isEqualByComparingTo("100");
        assertThat(Numbers.scaleField("o.csv", r, 3, "position", errors)).isEqualByComparingTo("37.5");
        assertThat(errors).isEmpty();
        for (int k = 4; k < r.size(); k++) {
            assertThat(Numbers.scaleField("o.csv", r, k, "salience", errors)).isNull();
        }
        assertThat(errors).extracting(InputError::toString).containsExactly(
                "o.csv:4: salience: '100.01' (field 5); expected a number 0 to 100, or blank",
                "o.csv:4: salience: '-0.5' (field 6); expected a number 0 to 100, or blank",
                "o.csv:4: salience: 'ninety' (field 7); expected a number 0 to 100, or blank",
                "o.csv:4: salience: '" + "9".repeat(40) + "...' (field 8); expected a number 0 to 100, or blank");
    }

    @Test
    void nonFiniteNumbersAreNeverWritten() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Numbers.format(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Numbers.format(12.0)).isEqualTo("12");
        assertThat(Numbers.format(0.0001)).isEqualTo("0.0001");
    }
}
