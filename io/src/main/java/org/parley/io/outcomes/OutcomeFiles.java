package org.parley.io.outcomes;

import java.nio.file.Path;
import org.parley.core.backtest.OutcomeDataset;
import org.parley.io.Limits;
import org.parley.io.deu.DeuFile;
import org.parley.io.text.TextFile;

/** Reads an outcome data set from a file, telling DEU III from the generic outcome CSV by its first line. */
public final class OutcomeFiles {

    private OutcomeFiles() {
    }

    /** The data set in {@code path} under the size limit; throws {@code InputException} with every located problem. */
    public static OutcomeDataset read(Path path, Limits limits) {
        return read(TextFile.read(path, limits));
    }

    /** The data set in a text already read. */
    public static OutcomeDataset read(TextFile text) {
        String first = text.content().lines().findFirst().orElse("");
        return DeuFile.looksLikeHeader(first) ? DeuFile.read(text) : OutcomeCsv.read(text);
    }
}
