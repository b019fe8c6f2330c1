package org.parley.io.genius;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.SpatialUtility;
import org.parley.io.AtomicFiles;
import org.parley.io.CannotWriteException;

/**
 * Writes a Parley scenario's gridded deal space as GENIUS XML: a domain with one discrete issue per scenario issue
 * (values = the grid points) and one additive profile per actor with weights {@code w_id} (salience shares),
 * evaluations {@code e_id(v) = 1 - loss_id(v) / 100} and reservation value {@code rv / 100}, so that GENIUS
 * computes {@code u_i / 100}. GENIUS divides each issue's evaluations by their maximum, which is 1 exactly when the
 * actor's ideal point is on the grid; otherwise its utilities there come out slightly higher (a warning says so).
 */
public final class GeniusExport {

    private GeniusExport() {
    }

    /** The domain file's name. */
    public static final String DOMAIN_FILE = "domain.xml";

    /**
     * The names of the files {@link #write} makes: {@code domain.xml}, then {@code <actor>.xml} per actor. Refuses
     * (before anything is written) an actor whose file would be taken for another: one named {@code domain} or
     * {@code pareto} (GENIUS's published frontier), or two whose names differ only in case (one file on Windows and
     * macOS).
     */
    public static List<String> files(Scenario s) {
        List<String> names = new ArrayList<>(List.of(DOMAIN_FILE));
        java.util.Set<String> taken = new java.util.HashSet<>(List.of("domain", "pareto"));
        for (Actor a : s.actors()) {
            if (!taken.add(a.id().toLowerCase(Locale.ROOT))) {
                throw new CannotWriteException("cannot export actor '" + a.id() + "' to GENIUS: its profile "
                        + a.id() + ".xml would " + (a.id().equalsIgnoreCase("domain") ? "overwrite the domain file "
                        + DOMAIN_FILE : a.id().equalsIgnoreCase("pareto") ? "be read as the published frontier "
                        + "pareto.xml" : "be the same file as another actor's on a case-insensitive disk")
                        + "; rename the actor");
            }
            names.add(a.id() + ".xml");
        }
        return names;
    }

    /** Writes {@code <dir>/domain.xml} and {@code <dir>/<actor>.xml} (see {@link #files}); returns the warnings. */
    public static List<String> write(Scenario s, int grid, Path dir) {
        List<String> names = files(s);
        SpatialUtility u = SpatialUtility.of(s);
        List<DomainIssue> issues = new ArrayList<>();
        for (var i : s.issues()) {
            issues.add(DomainIssue.grid(i.id(), i.scale().min(), i.scale().max(), grid));
        }
        StringBuilder d = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<negotiation_template>\n");
        d.append("<utility_space number_of_issues=\"").append(issues.size()).append("\">\n");
        d.append("<objective index=\"0\" name=\"").append(esc(s.name() == null ? "scenario" : s.name()))
                .append("\" type=\"objective\" etype=\"objective\">\n");
        for (int k = 0; k < issues.size(); k++) {
            issueHead(d, k, issues.get(k));
            for (int v = 0; v < issues.get(k).size(); v++) {
                d.append("    <item index=\"").append(v + 1).append("\" value=\"").append(issues.get(k).label(v))
                        .append("\"/>\n");
            }
            d.append("  </issue>\n");
        }
        d.append("</objective>\n</utility_space>\n</negotiation_template>\n");
        List<String> contents = new ArrayList<>(List.of(d.toString()));
        List<String> warnings = new ArrayList<>();
        for (int a = 0; a < s.actors().size(); a++) {
            Actor actor = s.actors().get(a);
            StringBuilder p = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<utility_space>\n");
            p.append("<objective index=\"0\" name=\"").append(esc(s.name() == null ? "scenario" : s.name()))
                    .append("\" type=\"objective\" etype=\"objective\">\n");
            for (int k = 0; k < issues.size(); k++) {
                issueHead(p, k, issues.get(k));
                double max = 0;
                for (int v = 0; v < issues.get(k).size(); v++) {
                    double x = u.toPercent(k, issues.get(k).number(v));
                    double e = Math.max(0, 1 - u.issueLoss(a, k, x) / Math.max(u.weight(a, k), 1e-300) / 100);
                    if (u.weight(a, k) == 0) {
                        e = 1;
                    }
                    max = Math.max(max, e);
                    p.append("    <item index=\"").append(v + 1).append("\" value=\"").append(issues.get(k).label(v))
                            .append("\" evaluation=\"").append(num(e)).append("\"/>\n");
                }
                if (max < 1 - 1e-9) {
                    warnings.add(actor.id() + ": ideal point on " + issues.get(k).name() + " is off the grid; GENIUS "
                            + "rescales its evaluations there by 1/" + num(max));
                }
                p.append("  </issue>\n");
            }
            for (int k = 0; k < issues.size(); k++) {
                p.append("  <weight index=\"").append(k + 1).append("\" value=\"").append(num(u.weight(a, k)))
                        .append("\"/>\n");
            }
            p.append("</objective>\n");
            double rv = actor.hasReservation() ? actor.reservation() / 100 : 0;
            p.append("<reservation value=\"").append(num(Math.max(0, Math.min(1, rv)))).append("\"/>\n");
            p.append("<discount_factor value=\"1.0\"/>\n</utility_space>\n");
            contents.add(p.toString());
        }
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new CannotWriteException("cannot create " + dir + ": " + e.getMessage());
        }
        for (int k = 0; k < names.size(); k++) {
            AtomicFiles.write(dir.resolve(names.get(k)), contents.get(k));
        }
        return warnings;
    }

    private static void issueHead(StringBuilder b, int k, DomainIssue issue) {
        b.append("  <issue index=\"").append(k + 1).append("\" name=\"").append(esc(issue.name()))
                .append("\" type=\"discrete\" etype=\"discrete\" vtype=\"discrete\">\n");
    }

    private static String num(double x) {
        return java.math.BigDecimal.valueOf(x).setScale(12, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().toLowerCase(Locale.ROOT);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
