package org.parley.io.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.backtest.Capabilities;
import org.parley.io.Ids;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.text.Csv;
import org.parley.io.text.CsvRecord;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;

/**
 * A capability vector as CSV: a header {@code actor,capability} and one line per actor of the data set (e.g.
 * Council voting weights). An actor the data set does not know, a duplicate, a value that is not a number >= 0, or
 * an actor of the data set without a line is an error naming the line.
 */
public final class CapabilityCsv {

    private CapabilityCsv() {
    }

    /** The vector in the file, for a data set with the given actors. */
    public static Capabilities read(TextFile text, List<String> actors) {
        String file = text.name();
        List<CsvRecord> records = Csv.parse(text);
        if (records.isEmpty()) {
            throw InputException.of(file, "has no lines; expected a header actor,capability and one line per actor");
        }
        CsvRecord header = records.get(0);
        if (!header.field(0).trim().toLowerCase(Locale.ROOT).equals("actor")
                || !header.field(1).trim().toLowerCase(Locale.ROOT).equals("capability")) {
            throw InputException.at(file, header.line(), "header " + header.fields()
                    + "; expected actor,capability");
        }
        List<InputError> errors = new ArrayList<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            String actor = r.field(0).trim();
            String raw = r.field(1).trim();
            BigDecimal c = Numbers.parse(raw);
            if (!actors.contains(actor)) {
                errors.add(new InputError(file, r.line(), "actor", "unknown actor '" + actor + "'; expected one of "
                        + "the data set's actors " + actors));
            } else if (lineOf.containsKey(actor)) {
                errors.add(new InputError(file, r.line(), "actor", "actor '" + actor + "' again (first on line "
                        + lineOf.get(actor) + "); expected one line per actor"));
            } else {
                lineOf.put(actor, r.line());
                if (c == null || c.signum() < 0) {
                    errors.add(new InputError(file, r.line(), "capability", (raw.isEmpty() ? "blank"
                            : Numbers.quote(raw)) + "; expected a number >= 0"));
                } else {
                    weights.put(actor, c.doubleValue());
                }
            }
        }
        List<String> missing = actors.stream().filter(a -> !lineOf.containsKey(a)).toList();
        if (!missing.isEmpty()) {
            errors.add(new InputError(file, null, null, "no capability for " + missing + "; expected a line for "
                    + "every actor of the data set"));
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return new Capabilities(Ids.stem(file), weights);
    }
}
