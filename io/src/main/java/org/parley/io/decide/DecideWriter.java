package org.parley.io.decide;

import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Anchor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.io.text.Numbers;

/**
 * Writes a scenario in the decide format that {@link DecideFile} reads: TAB-separated, text in single quotes, an
 * issue as its id and description (its name is lost), the scale as two #M points plus one #M per anchor, saliences
 * on 0..1 and the actor's capability as the power of each of its #D records.
 */
public final class DecideWriter {

    private DecideWriter() {
    }

    /** The scenario as decide records. */
    public static String write(Scenario s) {
        StringBuilder b = new StringBuilder();
        if (s.description() != null) {
            for (String line : s.description().split("\n")) {
                record(b, "#O", q(line));
            }
        }
        for (Actor a : s.actors()) {
            record(b, "#A", q(a.id()), q(a.label()), q(a.note() == null ? "" : a.note()));
        }
        for (Issue i : s.issues()) {
            record(b, "#P", q(i.id()), q(i.description() == null ? "" : i.description()));
            record(b, "#M", q(i.id()), Numbers.format(i.scale().min()));
            record(b, "#M", q(i.id()), Numbers.format(i.scale().max()));
            for (Anchor an : i.anchors()) {
                record(b, "#M", q(i.id()), Numbers.format(an.value()), q(an.label()));
            }
        }
        for (Actor a : s.actors()) {
            for (Issue i : s.issues()) {
                Stance st = a.stances().get(i.id());
                if (st != null) {
                    String sal = Numbers.unitSalience(st.salience());
                    record(b, "#D", q(a.id()), q(i.id()), Numbers.format(st.position()), sal,
                            Numbers.format(a.capability()), q(st.note() == null ? "" : st.note()));
                }
            }
        }
        return b.toString();
    }

    private static void record(StringBuilder b, String type, String... fields) {
        b.append(q(type));
        for (String f : fields) {
            b.append('\t').append(f);
        }
        b.append('\n');
    }

    private static String q(String text) {
        return "'" + text.replace("'", "''").replace('\n', ' ').replace('\t', ' ') + "'";
    }
}
