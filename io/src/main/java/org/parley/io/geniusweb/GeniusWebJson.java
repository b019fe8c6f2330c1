package org.parley.io.geniusweb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonFactory;
import org.parley.io.InputException;
import org.parley.io.text.TextFile;

/**
 * Parses GeniusWeb JSON as a tree: duplicate keys refused, nesting depth at most 64, strings at most 1 MiB,
 * decimals kept exact ({@link java.math.BigDecimal}), key order kept (issue order is key order).
 */
final class GeniusWebJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                            .maxStringLength(1 << 20).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GeniusWebJson() {
    }

    static JsonNode parse(TextFile text) {
        try {
            return MAPPER.readTree(text.content());
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            String msg = "not valid JSON: " + e.getOriginalMessage();
            throw line == null ? InputException.of(text.name(), msg) : InputException.at(text.name(), line, msg);
        }
    }
}
