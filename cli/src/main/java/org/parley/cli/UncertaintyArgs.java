package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.params.Params;
import org.parley.core.scenario.Distribution;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.scenario.Uncertainty;
import org.parley.core.scenario.Varied;
import org.parley.core.text.Nearest;
import org.parley.io.text.Numbers;
import picocli.CommandLine.Option;

/**
 * The options shared by sweep, sensitivity and advise: the model and its parameters, distributions given on the
 * command line ({@code --vary PATH=DIST}, {@code --spread F}) on top of the scenario's uncertainty section, the
 * seed and the threads.
 */
final class UncertaintyArgs {

    private static final Pattern DIST = Pattern.compile("\\s*([A-Za-z_]+)\\s*\\((.*)\\)\\s*");

    @Option(names = {"-m", "--model"}, defaultValue = "compromise", paramLabel = "MODEL",
            description = "Forecasting model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = ForecastCommand.ModelNames.class)
    String model;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set a model parameter (repeatable).")
    List<String> set = new ArrayList<>();

    @Option(names = "--vary", paramLabel = "PATH=DIST",
            description = "Give an input a distribution (repeatable; replaces the file's for that input): "
                    + "uniform(LOW,HIGH), triangular(LOW,MODE,HIGH), normal(MEAN,SD[,LOW,HIGH]) or "
                    + "discrete(V1:W1,V2:W2,...), e.g. --vary 'actors.UKR.reservation=uniform(40,50)'.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--spread", paramLabel = "F",
            description = "Vary every other judgement by this fraction, e.g. 0.1 for +-10 %% (replaces the file's).")
    Double spread;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: 1).")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads (default: the number of cores). The result does not depend on it.")
    Integer threads;

    /** The scenario's uncertainty with the command line's additions, every addition checked against the scenario. */
    Uncertainty uncertainty(Scenario s) {
        Uncertainty file = s.uncertainty();
        List<Varied> given = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new Parley.UserError("--vary " + v + ": expected PATH=DIST, e.g. "
                        + "actors.UKR.reservation=uniform(40,50)");
            }
            Varied varied = new Varied(v.substring(0, eq).trim(), distribution(v, v.substring(eq + 1)), null);
            for (Problem p : ScenarioValidator.varied(s, varied, "--vary")) {
                problems.add(p.path() + " " + v + ": " + p.message());
            }
            given.add(varied);
        }
        if (!problems.isEmpty()) {
            throw new Parley.UserError(String.join("\n", problems));
        }
        if (spread != null && !(spread >= 0 && spread <= 1)) {
            throw new Parley.UserError("--spread " + spread + ": expected a fraction from 0 to 1 (0.1 = +-10 %)");
        }
        List<Varied> inputs = new ArrayList<>();
        for (Varied v : file.inputs()) {
            if (given.stream().noneMatch(g -> g.path().equals(v.path()))) {
                inputs.add(v);
            }
        }
        inputs.addAll(given);
        return new Uncertainty(spread != null ? spread : file.spread(), inputs, file.correlations());
    }

    /** A distribution in the words of {@code --vary}. */
    static Distribution distribution(String option, String text) {
        Matcher m = DIST.matcher(text);
        Distribution.Shape shape = m.matches() ? Distribution.Shape.ofWord(m.group(1)) : null;
        if (shape == null) {
            throw new Parley.UserError("--vary " + option + ": '" + text.trim() + "' is not a distribution; expected "
                    + "uniform(LOW,HIGH), triangular(LOW,MODE,HIGH), normal(MEAN,SD[,LOW,HIGH]) or "
                    + "discrete(V1:W1,V2:W2,...)");
        }
        String[] parts = m.group(2).split(",");
        try {
            switch (shape) {
                case UNIFORM:
                    arity(option, parts, 2, 2, "uniform(LOW,HIGH)");
                    return Distribution.uniform(num(parts[0]), num(parts[1]));
                case TRIANGULAR:
                    arity(option, parts, 3, 3, "triangular(LOW,MODE,HIGH)");
                    return Distribution.triangular(num(parts[0]), num(parts[1]), num(parts[2]));
                case NORMAL:
                    if (parts.length != 2 && parts.length != 4) {
                        throw arityError(option, parts.length, "normal(MEAN,SD) or normal(MEAN,SD,LOW,HIGH)");
                    }
                    return new Distribution(Distribution.Shape.NORMAL, parts.length == 4 ? num(parts[2]) : null,
                            parts.length == 4 ? num(parts[3]) : null, null, num(parts[0]), num(parts[1]), null, null);
                default:
                    List<Double> values = new ArrayList<>();
                    List<Double> weights = new ArrayList<>();
                    for (String p : parts) {
                        String[] vw = p.split(":");
                        values.add(num(vw[0]));
                        if (vw.length > 1) {
                            weights.add(num(vw[1]));
                        }
                    }
                    if (!weights.isEmpty() && weights.size() != values.size()) {
                        throw new Parley.UserError("--vary " + option + ": give a weight to every value or to none");
                    }
                    return Distribution.discrete(values, weights);
            }
        } catch (NumberFormatException e) {
            throw new Parley.UserError("--vary " + option + ": " + e.getMessage());
        }
    }

    private static void arity(String option, String[] parts, int min, int max, String form) {
        if (parts.length < min || parts.length > max) {
            throw arityError(option, parts.length, form);
        }
    }

    private static Parley.UserError arityError(String option, int n, String form) {
        return new Parley.UserError("--vary " + option + ": " + n + " numbers; expected " + form);
    }

    /** A number of a distribution, by the one rule for numbers ({@link Numbers#read}): finite, plain decimal. */
    private static double num(String s) {
        Numbers.Reading r = Numbers.read(s);
        if (!r.ok()) {
            throw new NumberFormatException(r.problem());
        }
        return r.value().doubleValue();
    }

    /** The model parameters from {@code --set}. */
    Map<String, String> params() {
        return Params.pairs(set);
    }

    /** The checked model name. */
    String model() {
        if (ForecastModels.byName(model).isEmpty()) {
            throw new Parley.UserError("--model " + model + ": unknown model" + Nearest.hint(model, ForecastModels.names())
                    + "; expected one of " + ForecastModels.names());
        }
        return model;
    }

    /** The batch runner for {@code --threads}. */
    BatchRunner runner() {
        return BatchRunner.parallel(Args.threads(threads));
    }

    /**
     * A progress bar on {@code err} for {@code total} model runs, drawn when stderr is a terminal and there are at
     * least {@code from} of them (short runs stay silent); call {@code finish} when done.
     */
    static ProgressBar progress(PrintWriter err, String what, long total, long from) {
        return new ProgressBar(err, what, "runs", total, 0, total >= from && ProgressBar.stderrIsTerminal());
    }
}
