package org.parley.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parley.core.forecast.ForecastModel;
import org.parley.core.text.Nearest;
import org.parley.core.text.Words;

/**
 * The parameters each model of a {@code forecast} run gets: the defaults its input file sets for it, then
 * {@code --set} and {@code --rounds}. Under {@code --model all} a given key goes only to the models that read it
 * (and a note says which ignore it); a key no model reads is refused, as it is for a single model.
 */
final class ModelParameters {

    private ModelParameters() {
    }

    /** The {@code key=value} pairs for model {@code m}; with {@code several} models, only the keys {@code m} reads. */
    static Map<String, String> of(ForecastModel m, Map<String, String> defaults, Map<String, String> given,
                                  boolean several) {
        Map<String, String> out = new LinkedHashMap<>(defaults);
        given.forEach((key, value) -> {
            if (!several || m.parameters().contains(key)) {
                out.put(key, value);
            }
        });
        return out;
    }

    /**
     * For a run of several models, one note per given key that some of them ignore; refuses a key that none of them
     * reads. {@code roundsFlag}: the {@code rounds} key came from {@code --rounds}.
     */
    static List<String> notes(List<ForecastModel> models, Map<String, String> given, boolean roundsFlag) {
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            List<String> take = new ArrayList<>();
            List<String> ignore = new ArrayList<>();
            for (ForecastModel m : models) {
                (m.parameters().contains(e.getKey()) ? take : ignore).add(m.name());
            }
            boolean flag = roundsFlag && e.getKey().equals("rounds");
            String what = flag ? "--rounds " + e.getValue() : "--set " + e.getKey() + "=" + e.getValue();
            if (take.isEmpty()) {
                TreeSet<String> known = new TreeSet<>();
                models.forEach(m -> known.addAll(m.parameters()));
                throw new Parley.UserError(what + ": no model reads '" + e.getKey() + "'" + Nearest.hint(e.getKey(), known)
                        + "; expected one of " + known);
            }
            if (!ignore.isEmpty()) {
                notes.add(what + " applies to " + Words.and(take) + "; " + Words.and(ignore)
                        + (flag ? " run in one pass and ignore" : " do not read") + " it");
            }
        }
        return notes;
    }

}
