package org.parley.io.ktab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.forecast.smp.Accommodation;
import org.parley.core.forecast.smp.SmpParameters;
import org.parley.core.params.BadParameterException;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.io.Checked;
import org.parley.io.Ids;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;
import org.parley.io.xml.SecureXml;
import org.w3c.dom.Element;

/**
 * KTAB's XML scenario (smp.md Section 12.2): root {@code <Scenario>} with {@code name}, {@code desc},
 * {@code prngSeed}, optional {@code ModelParameters} (all nine switches), {@code Dimensions}, {@code Actors} and
 * {@code IdealAdjustment}. Parsed with DTDs and external entities disabled. Every problem is reported with the
 * element path ({@code Actors/Actor[2]/Position/dCoord[1]}); KTAB's XSD spellings {@code Proportional} and
 * {@code No} are accepted; a missing {@code IdealAdjustment} means the identity, missing {@code ModelParameters}
 * KTAB's defaults.
 */
public final class KtabXml {

    private static final double SUM_TOLERANCE = 1e-9;
    private static final double MAX_CAPABILITY = 1e8;

    private final String file;
    private final List<InputError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private KtabXml(String file) {
        this.file = file;
    }

    /** Whether the text is a KTAB XML scenario: its root element is {@code <Scenario>}. */
    public static boolean isKtabXml(TextFile text) {
        return SecureXml.rootIs(text.content(), "Scenario");
    }

    /** The scenario and SMP settings in a KTAB XML file; throws {@link InputException} listing every problem. */
    public static KtabScenario read(TextFile text, Limits limits) {
        return new KtabXml(text.name()).parse(SecureXml.parse(text, limits).getDocumentElement(), limits);
    }

    private KtabScenario parse(Element root, Limits limits) {
        if (!root.getTagName().equals("Scenario")) {
            throw InputException.of(file, "root element is <" + root.getTagName() + ">; expected <Scenario>");
        }
        String name = SecureXml.text(root, "name");
        String desc = SecureXml.text(root, "desc");
        long seed = seed(root);
        Map<String, String> params = parameters(root);
        List<Issue> issues = dimensions(root, limits);
        List<Actor> actors = actors(root, issues, limits);
        Accommodation accommodation = errors.isEmpty() ? accommodation(root, actors) : null;
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        Scenario s = new Scenario(name == null ? file : name, null, desc, null, List.of(), issues, actors, List.of());
        s = Checked.scenario(s, List.of(), file, path -> null, limits);
        return new KtabScenario(s, params, seed, accommodation, warnings);
    }

    private long seed(Element root) {
        String text = SecureXml.text(root, "prngSeed");
        if (text == null || text.isBlank()) {
            warnings.add("no <prngSeed>; KTAB's default seed is used");
            return SmpParameters.DEFAULT_SEED;
        }
        try {
            return SmpParameters.parseSeed(text);
        } catch (BadParameterException e) {
            error("prngSeed", Numbers.quote(text) + "; expected a whole number from 0 to 18446744073709551615");
            return SmpParameters.DEFAULT_SEED;
        }
    }

    private Map<String, String> parameters(Element root) {
        Map<String, String> out = new LinkedHashMap<>();
        Element mp = SecureXml.child(root, "ModelParameters");
        if (mp == null) {
            return out;
        }
        for (Map.Entry<String, String> sw : SmpParameters.KTAB_SWITCHES.entrySet()) {
            String path = "ModelParameters/" + sw.getKey();
            String value = SecureXml.text(mp, sw.getKey());
            if (value == null || value.isBlank()) {
                error(path, "missing; when ModelParameters is given, all nine switches are required");
                continue;
            }
            try {
                out.put(sw.getValue(), SmpParameters.word(sw.getValue(), value.trim()));
            } catch (BadParameterException e) {
                error(path, Numbers.quote(value) + " is not a " + sw.getKey() + " (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    private List<Issue> dimensions(Element root, Limits limits) {
        List<Issue> issues = new ArrayList<>();
        Element dims = SecureXml.child(root, "Dimensions");
        List<Element> names = dims == null ? List.of() : SecureXml.children(dims, "dName");
        if (names.isEmpty()) {
            error("Dimensions", "missing or empty; expected one <dName> per dimension");
        } else if (names.size() > limits.maxIssues()) {
            error("Dimensions", names.size() + " dimensions; expected at most " + limits.maxIssues());
        }
        for (int d = 0; d < names.size(); d++) {
            String dn = names.get(d).getTextContent().trim();
            if (dn.isEmpty()) {
                error("Dimensions/dName[" + (d + 1) + "]", "empty; expected the dimension's name");
            }
            issues.add(new Issue(Ids.fromName(dn.isEmpty() ? "dim" + (d + 1) : dn), dn.isEmpty() ? null : dn, null,
                    Scale.PERCENT, List.of(), null, null));
        }
        return issues;
    }

    private List<Actor> actors(Element root, List<Issue> issues, Limits limits) {
        Element list = SecureXml.child(root, "Actors");
        List<Element> elements = list == null ? List.of() : SecureXml.children(list, "Actor");
        int max = Math.min(KtabCsv.MAX_ACTORS, limits.maxActors());
        if (elements.size() < KtabCsv.MIN_ACTORS || elements.size() > max) {
            error("Actors", elements.size() + " actors; KTAB expects " + KtabCsv.MIN_ACTORS + " to " + max);
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Actor a = actor(elements.get(i), "Actors/Actor[" + (i + 1) + "]", issues);
            if (a != null) {
                actors.add(a);
            }
        }
        return actors;
    }

    private Actor actor(Element e, String at, List<Issue> issues) {
        int before = errors.size();
        String name = SecureXml.text(e, "name");
        name = name == null ? "" : name.trim();
        if (name.isEmpty() || name.length() > 25) {
            error(at + "/name", Numbers.quote(name) + " has " + name.length() + " characters; KTAB expects 1 to 25");
        }
        String label = "actor " + Numbers.quote(name);
        String description = SecureXml.text(e, "description");
        BigDecimal c = number(e, "capability", at + "/capability");
        if (c != null && (c.signum() <= 0 || c.doubleValue() > MAX_CAPABILITY)) {
            error(at + "/capability", Numbers.format(c.doubleValue()) + "; expected a number above 0 and at most 1e8");
        }
        List<BigDecimal> x = coordinates(e, "Position", "dCoord", at, label, issues);
        List<BigDecimal> s = coordinates(e, "Salience", "dSal", at, label, issues);
        if (errors.size() > before) {
            return null;
        }
        Map<String, Stance> stances = new LinkedHashMap<>();
        double sum = 0;
        for (int d = 0; d < issues.size(); d++) {
            String where = "[" + (d + 1) + "] (" + issues.get(d).label() + ")";
            double xd = x.get(d).doubleValue();
            double sd = s.get(d).doubleValue();
            if (xd < 0 || xd > 100) {
                error(at + "/Position/dCoord" + where, "position " + Numbers.format(xd) + " of " + label
                        + " is outside 0 to 100");
            }
            if (sd < 0 || sd > 100) {
                error(at + "/Salience/dSal" + where, "salience " + Numbers.format(sd) + " of " + label
                        + " is outside 0 to 100");
            }
            sum += sd;
            stances.put(issues.get(d).id(), Stance.of(xd, sd));
        }
        if (sum > 100 + SUM_TOLERANCE) {
            error(at + "/Salience", "saliences of " + Numbers.quote(name) + " sum to " + Numbers.format(sum)
                    + "; KTAB expects at most 100");
        }
        if (errors.size() > before) {
            return null;
        }
        String desc = description == null || description.isBlank() ? null : description.trim();
        return new Actor(Ids.fromName(name), desc, c.doubleValue(), null, false, stances, null, null, List.of());
    }

    private List<BigDecimal> coordinates(Element actor, String group, String item, String at, String label,
                                         List<Issue> issues) {
        Element g = SecureXml.child(actor, group);
        List<Element> items = g == null ? List.of() : SecureXml.children(g, item);
        if (items.size() != issues.size()) {
            error(at + "/" + group, label + " has " + items.size() + " <" + item + ">; expected " + issues.size()
                    + ", one per <dName>");
            return List.of();
        }
        List<BigDecimal> out = new ArrayList<>();
        for (int d = 0; d < items.size(); d++) {
            String path = at + "/" + group + "/" + item + "[" + (d + 1) + "]";
            String raw = items.get(d).getTextContent();
            Numbers.Reading v = Numbers.read(raw);
            String where = label + " on dimension '" + issues.get(d).label() + "'";
            if (raw.isBlank()) {
                error(path, "empty for " + where + "; expected a number from 0 to 100");
            } else if (!v.ok()) {
                error(path, v.problem() + " (for " + where + ")");
            }
            out.add(v.value());
        }
        return out;
    }

    private Accommodation accommodation(Element root, List<Actor> actors) {
        int n = actors.size();
        Element ia = SecureXml.child(root, "IdealAdjustment");
        if (ia == null) {
            warnings.add("no <IdealAdjustment>; every ideal follows its own position (identity), as in KTAB CSV");
            return Accommodation.identity(n);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(actors.get(i).id(), i);
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
        }
        List<Element> pairs = SecureXml.children(ia, "iaPair");
        for (int k = 0; k < pairs.size(); k++) {
            String at = "IdealAdjustment/iaPair[" + (k + 1) + "]";
            Integer i = actorIndex(pairs.get(k), "adjustingIdeal", at, index);
            Integer j = actorIndex(pairs.get(k), "referencePos", at, index);
            BigDecimal v = number(pairs.get(k), "adjust", at + "/adjust");
            if (v != null && (v.doubleValue() < 0 || v.doubleValue() > 1)) {
                error(at + "/adjust", Numbers.format(v.doubleValue()) + "; expected 0 to 1");
            } else if (i != null && j != null && v != null) {
                a[i][j] = v.doubleValue();
            }
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double v : a[i]) {
                sum += v;
            }
            if (sum > 1 + SUM_TOLERANCE) {
                error("IdealAdjustment", "adjustments of '" + actors.get(i).id() + "' sum to " + Numbers.format(sum)
                        + "; expected at most 1 (its own entry is 1 unless an iaPair sets it)");
            }
        }
        return errors.isEmpty() ? Accommodation.of(a) : null;
    }

    private Integer actorIndex(Element pair, String tag, String at, Map<String, Integer> index) {
        String name = SecureXml.text(pair, tag);
        Integer i = name == null ? null : index.get(Ids.fromName(name.trim()));
        if (i == null) {
            error(at + "/" + tag, (name == null ? "missing" : Numbers.quote(name) + " is not an actor")
                    + "; expected the name of an actor");
        }
        return i;
    }

    private BigDecimal number(Element parent, String tag, String path) {
        String raw = SecureXml.text(parent, tag);
        Numbers.Reading v = Numbers.read(raw);
        if (!v.ok()) {
            error(path, v.problem());
        }
        return v.value();
    }

    private void error(String path, String message) {
        errors.add(new InputError(file, null, path, message));
    }
}
