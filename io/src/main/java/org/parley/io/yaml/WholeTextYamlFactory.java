package org.parley.io.yaml;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.parley.io.text.Numbers;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Jackson's YAML factory, making parsers that read a text already in memory through {@link WholeTextReader}
 * (linear in the length of every token, where snakeyaml's own reader is quadratic), and that tell a plain scalar
 * written like a number but too long to be read as one (Jackson hands those over as text).
 */
final class WholeTextYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    /** A plain scalar YAML would resolve as a number: digits with an optional sign, point, exponent, '_'. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");

    WholeTextYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    /** A parser of {@code text}, read through {@code reader} (which holds the same text). */
    Parser parser(String text, WholeTextReader reader) {
        IOContext ctxt = _createContext(_createContentReference(text), false);
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, new StringReader(""),
                new ParserImpl(reader, _loaderOptions));
    }

    /** Jackson's YAML parser over a given snakeyaml parser. */
    static final class Parser extends YAMLParser {

        Parser(IOContext ctxt, int parserFeatures, int formatFeatures, com.fasterxml.jackson.core.ObjectCodec codec,
               java.io.Reader reader, ParserImpl yaml) {
            super(ctxt, parserFeatures, formatFeatures, codec, reader, yaml);
        }

        /** Whether the current text value is a plain scalar written like a number, longer than a number may be. */
        boolean plainNumberTooLong() {
            if (!(_lastEvent instanceof ScalarEvent e) || e.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
                return false;
            }
            String v = e.getValue();
            return v.length() > Numbers.MAX_LENGTH && NUMBER_LIKE.matcher(v).matches();
        }
    }
}
