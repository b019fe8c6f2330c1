package org.parley.io.genius;

import java.util.ArrayList;
import java.util.List;
import org.parley.io.InputException;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;

/**
 * Reads a GENIUS published frontier, {@code pareto.xml}: despite its name plain text, one point {@code u1, u2} per
 * line (blank lines ignored).
 */
public final class ParetoFile {

    private ParetoFile() {
    }

    /** The points in the file, in file order. */
    public static List<double[]> read(TextFile text) {
        List<double[]> points = new ArrayList<>();
        String[] lines = text.content().split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s*,\\s*");
            double[] u = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                Numbers.Reading v = Numbers.read(parts[i]);
                if (!v.ok()) {
                    throw InputException.at(text.name(), l + 1, v.problem() + " (lines are 'u1, u2')");
                }
                u[i] = v.value().doubleValue();
            }
            points.add(u);
        }
        if (points.isEmpty()) {
            throw InputException.of(text.name(), "has no frontier points");
        }
        return points;
    }
}
