package org.parley.io.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.phasing.Schedule;
import org.parley.core.phasing.ScheduleStage;
import org.parley.core.phasing.Schedules;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scenario;
import org.parley.io.Checked;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.text.TextFile;

/**
 * Parley's schedule files (YAML or JSON): the stages of a phased agreement in time order, each with the cumulative
 * terms after it. Reading checks the file against its scenario and package and reports every problem with its
 * line; see docs/formats/schedule-yaml.md.
 */
public final class ScheduleYaml {

    private static final Set<String> ROOT = Set.of("name", "note", "package", "start", "stages");
    private static final Set<String> STAGE = Set.of("label", "year", "terms", "note");

    private ScheduleYaml() {
    }

    /**
     * The schedule in {@code text} for package {@code target} of scenario {@code s}; throws {@link InputException}
     * listing every located problem. A file with more than {@code maxStages} stages is refused before it is checked
     * (the message names {@code --max-stages}).
     */
    public static Schedule read(TextFile text, Limits limits, Scenario s, Package target, int maxStages) {
        return read(text, limits, s, target.id(), target, maxStages);
    }

    /**
     * As {@link #read(TextFile, Limits, Scenario, Package, int)}, for {@code target} derived from the scenario's
     * package {@code named} (its nearest variant every veto party accepts, with {@code --repaired}): the file's
     * {@code package:} names the package the user asked for, while its stages must reach {@code target}.
     */
    public static Schedule read(TextFile text, Limits limits, Scenario s, String named, Package target,
                                int maxStages) {
        LocatedTree tree = LocatedTree.parseYaml(text, limits);
        List<Problem> problems = new ArrayList<>();
        Schedule schedule = read(tree.root(), named, maxStages, problems);
        if (problems.isEmpty()) {
            problems.addAll(Schedules.problems(s, target, schedule));
        }
        Checked.orThrow(problems, text.name(), tree::lineOf);
        return schedule;
    }

    private static Schedule read(JsonNode root, String named, int maxStages, List<Problem> problems) {
        Fields f = Fields.of(root, "", problems, ROOT);
        if (f == null) {
            return new Schedule(null, List.of());
        }
        String pkg = f.text("package", false);
        if (pkg != null && !pkg.equals(named)) {
            problems.add(new Problem("package", "'" + pkg + "', but the package asked for (--package) is '"
                    + named + "'; expected the schedule of that package"));
        }
        ArrayNode stages = f.array("stages", true);
        List<ScheduleStage> out = new ArrayList<>();
        if (stages != null && stages.size() > maxStages) {
            problems.add(new Problem("stages", stages.size() + " stages, more than the limit of " + maxStages
                    + "; raise it with --max-stages"));
        } else if (stages != null) {
            for (int k = 0; k < stages.size(); k++) {
                ScheduleStage st = stage(stages.get(k), "stages[" + k + "]", problems);
                if (st != null) {
                    out.add(st);
                }
            }
        }
        return new Schedule(f.text("start", false), out);
    }

    private static ScheduleStage stage(JsonNode n, String path, List<Problem> problems) {
        Fields f = Fields.of(n, path, problems, STAGE);
        if (f == null) {
            return null;
        }
        Map<String, Double> terms = f.numbers("terms", true);
        return new ScheduleStage(f.text("label", false), f.number("year", false), terms);
    }
}
