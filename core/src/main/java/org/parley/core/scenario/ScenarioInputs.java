package org.parley.core.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.text.Nearest;

/**
 * Every numeric judgement of a validated scenario as one vector, each addressed by a path: {@code actors.RUS.capability},
 * {@code actors.UKR.reservation}, {@code actors.RUS.stances.US_EXIT.position} and {@code .salience},
 * {@code actors.USA.no_deal.conflict_value}, {@code .horizon}, {@code .discount}, {@code .losses.ZNPP},
 * {@code catastrophes.ZNPP.hazard}, {@code issues.TERR.status_quo}, {@code packages.partition.terms.SANCT}.
 * Analyses that run many times over perturbed inputs read the vector through the index arrays here (no records,
 * no parsing); {@link #apply(double[])} rebuilds a scenario from a vector for the models that need one.
 *
 * <p>An actor with a {@link NoDeal} model has no free reservation input: its reservation follows from the model's
 * components, anchored so that at the central values it is the scenario's reservation exactly:
 * {@code R = r + (v - v0) - sum_k (L_k P_k - L0_k P0_k)}.
 */
public final class ScenarioInputs {

    /** What an input is. */
    public enum Kind {
        CAPABILITY, RESERVATION, POSITION, SALIENCE, CONFLICT_VALUE, HORIZON, DISCOUNT, LOSS, HAZARD, STATUS_QUO, TERM;

        /** Whether the scenario-wide spread varies it by a fraction of its issue's scale (else of its value). */
        public boolean onScale() {
            return this == POSITION || this == STATUS_QUO || this == TERM;
        }

        /**
         * Whether the scenario-wide spread applies to it: an actor's judgements and the catastrophes' numbers, not
         * horizons, discounts or the content of the proposals (status quo, package terms).
         */
        public boolean spreadByDefault() {
            return this != HORIZON && this != DISCOUNT && this != STATUS_QUO && this != TERM;
        }
    }

    /**
     * One input: its path, kind, central value (the scenario's), valid range {@code [min, max]} (a discount must be
     * above 0: {@code minExclusive}), the scale width for positions and terms, and whether it is a judgement (not
     * marked {@code basis: sourced}).
     */
    public record Input(String path, Kind kind, double central, double min, double max, boolean minExclusive,
                        double scaleWidth, boolean judgement) {

        /** Whether {@code x} lies in the valid range. */
        public boolean valid(double x) {
            return (minExclusive ? x > min : x >= min) && x <= max;
        }

        /**
         * The uniform distribution a scenario-wide spread {@code f} gives this input: positions, status quo and terms
         * {@code [x - f W, x + f W]} with W the issue's width, every other kind {@code [x (1 - f), x (1 + f)]}, cut to
         * the valid range (above an exclusive minimum); empty when nothing is left to vary. Which inputs the spread
         * covers ({@link #judgement}, {@link Kind#spreadByDefault}) is the caller's rule.
         */
        public Optional<Distribution> spread(double f) {
            double half = kind.onScale() ? f * scaleWidth : f * Math.abs(central);
            double lo = Math.max(central - half, min);
            double hi = Math.min(central + half, max);
            if (minExclusive && lo <= min) {
                lo = Math.nextUp(min);
            }
            return hi > lo ? Optional.of(Distribution.uniform(lo, hi)) : Optional.empty();
        }

        /** The valid range in words, for messages: "0 to 100", "a number >= 0", "above 0 and at most 1". */
        public String range() {
            String lo = ScenarioValidator.num(min);
            if (max == Double.POSITIVE_INFINITY) {
                return minExclusive ? "a number above " + lo : "a number >= " + lo;
            }
            return minExclusive ? "above " + lo + " and at most " + ScenarioValidator.num(max)
                    : lo + " to " + ScenarioValidator.num(max);
        }
    }

    private final Scenario scenario;
    private final List<Input> inputs = new ArrayList<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final int actors;
    private final int issues;
    private final int[] capability;
    private final int[] reservation;
    private final int[] position;
    private final int[] salience;
    private final int[][] stanceOrder;
    private final int[] statusQuo;
    private final int[] term;
    private final int[] hazard;
    private final int[] conflictValue;
    private final int[] horizon;
    private final int[] discount;
    private final int[][] loss;
    private final int[][] lossHazard;
    private final double[] anchor;

    private ScenarioInputs(Scenario s) {
        this.scenario = s;
        this.actors = s.actors().size();
        this.issues = s.issues().size();
        capability = new int[actors];
        reservation = new int[actors];
        position = new int[actors * issues];
        salience = new int[actors * issues];
        stanceOrder = new int[actors][];
        conflictValue = new int[actors];
        horizon = new int[actors];
        discount = new int[actors];
        loss = new int[actors][];
        lossHazard = new int[actors][];
        anchor = new double[actors];
        statusQuo = new int[issues];
        term = new int[s.packages().size() * issues];
        hazard = new int[s.catastrophes().size()];
        Arrays.fill(reservation, -1);
        Arrays.fill(position, -1);
        Arrays.fill(salience, -1);
        Arrays.fill(conflictValue, -1);
        Arrays.fill(statusQuo, -1);
        double inf = Double.POSITIVE_INFINITY;
        for (int c = 0; c < hazard.length; c++) {
            Catastrophe cat = s.catastrophes().get(c);
            hazard[c] = add("catastrophes." + cat.id() + ".hazard", Kind.HAZARD, cat.hazard(), 0, 1, false, 0,
                    cat.basis() != Basis.SOURCED);
        }
        for (int i = 0; i < actors; i++) {
            Actor a = s.actors().get(i);
            String at = "actors." + a.id();
            boolean judged = a.basis() != Basis.SOURCED;
            capability[i] = add(at + ".capability", Kind.CAPABILITY, a.capability(), 0, inf, false, 0, judged);
            if (a.reservation() != null && a.noDeal() == null) {
                reservation[i] = add(at + ".reservation", Kind.RESERVATION, a.reservation(), 0, 100, false, 0, judged);
            }
            stanceOrder[i] = new int[a.stances().size()];
            int k = 0;
            for (Map.Entry<String, Stance> e : a.stances().entrySet()) {
                int d = s.issueIndex(e.getKey());
                stanceOrder[i][k++] = d;
                Scale scale = s.issues().get(d).scale();
                Stance st = e.getValue();
                boolean stanceJudged = (st.basis() == null ? a.basis() : st.basis()) != Basis.SOURCED;
                position[i * issues + d] = add(at + ".stances." + e.getKey() + ".position", Kind.POSITION,
                        st.position(), scale.min(), scale.max(), false, scale.range(), stanceJudged);
                salience[i * issues + d] = add(at + ".stances." + e.getKey() + ".salience", Kind.SALIENCE,
                        st.salience(), 0, 100, false, 0, stanceJudged);
            }
            NoDeal nd = a.noDeal();
            if (nd != null && a.reservation() != null) {
                noDeal(s, i, at + ".no_deal", nd, a.reservation());
            }
        }
        for (int d = 0; d < issues; d++) {
            Issue issue = s.issues().get(d);
            if (issue.statusQuo() != null) {
                statusQuo[d] = add("issues." + issue.id() + ".status_quo", Kind.STATUS_QUO, issue.statusQuo(),
                        issue.scale().min(), issue.scale().max(), false, issue.scale().range(), true);
            }
        }
        for (int p = 0; p < s.packages().size(); p++) {
            Package pkg = s.packages().get(p);
            for (int d = 0; d < issues; d++) {
                Issue issue = s.issues().get(d);
                Double t = pkg.terms().get(issue.id());
                term[p * issues + d] = t == null ? statusQuo[d]
                        : add("packages." + pkg.id() + ".terms." + issue.id(), Kind.TERM, t, issue.scale().min(),
                        issue.scale().max(), false, issue.scale().range(), true);
            }
        }
    }

    private void noDeal(Scenario s, int i, String at, NoDeal nd, double r) {
        boolean judged = nd.basis() != Basis.SOURCED;
        int n = nd.losses().size();
        loss[i] = new int[n];
        lossHazard[i] = new int[n];
        double[] l0 = new double[n];
        double[] h0 = new double[n];
        int k = 0;
        for (Map.Entry<String, Double> e : nd.losses().entrySet()) {
            int c = catastropheIndex(s, e.getKey());
            loss[i][k] = add(at + ".losses." + e.getKey(), Kind.LOSS, e.getValue(), 0, 100, false, 0, judged);
            lossHazard[i][k] = hazard[c];
            l0[k] = e.getValue();
            h0[k] = s.catastrophes().get(c).hazard();
            k++;
        }
        double expected = r - NoDeal.value(0, l0, h0, nd.discount(), nd.horizon());
        double v0 = nd.hasConflictValue() ? nd.conflictValue() : expected;
        conflictValue[i] = add(at + ".conflict_value", Kind.CONFLICT_VALUE, v0, 0, 100, false, 0, judged);
        horizon[i] = add(at + ".horizon", Kind.HORIZON, nd.horizon(), 1, Double.POSITIVE_INFINITY, false, 0, judged);
        discount[i] = add(at + ".discount", Kind.DISCOUNT, nd.discount(), 0, 1, true, 0, judged);
        anchor[i] = r;
    }

    private static int catastropheIndex(Scenario s, String id) {
        for (int c = 0; c < s.catastrophes().size(); c++) {
            if (s.catastrophes().get(c).id().equals(id)) {
                return c;
            }
        }
        throw InvalidScenarioException.of("catastrophes", "no catastrophe '" + id + "'");
    }

    private int add(String path, Kind kind, double central, double min, double max, boolean minExclusive,
                    double width, boolean judgement) {
        index.put(path, inputs.size());
        inputs.add(new Input(path, kind, central, min, max, minExclusive, width, judgement));
        return inputs.size() - 1;
    }

    /** The inputs of a validated scenario. */
    public static ScenarioInputs of(Scenario s) {
        return new ScenarioInputs(s);
    }

    /** The scenario the inputs come from. */
    public Scenario scenario() {
        return scenario;
    }

    /** Every input, in vector order. */
    public List<Input> inputs() {
        return Collections.unmodifiableList(inputs);
    }

    /** The number of inputs. */
    public int size() {
        return inputs.size();
    }

    /** The input at vector position {@code k}. */
    public Input input(int k) {
        return inputs.get(k);
    }

    /** The vector position of the input at {@code path}, or empty. */
    public Optional<Integer> find(String path) {
        return Optional.ofNullable(index.get(path));
    }

    /** The scenario's own values, in vector order. */
    public double[] central() {
        double[] x = new double[inputs.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = inputs.get(k).central;
        }
        return x;
    }

    /**
     * Why {@code path} names no input, in words a user can act on: the unknown id with the known ones, or the
     * fields an item has.
     */
    public String whyUnknown(String path) {
        String[] part = path.split("\\.", -1);
        switch (part[0]) {
            case "actors": {
                String id = longestId(path.substring("actors.".length()),
                        scenario.actors().stream().map(Actor::id).toList());
                Actor a = id == null ? null : scenario.actor(id).orElse(null);
                if (a == null) {
                    List<String> actorIds = scenario.actors().stream().map(Actor::id).toList();
                    return "no such actor" + Nearest.hint(part.length > 1 ? part[1] : "", actorIds)
                            + "; expected actors.ID.… with ID one of " + ids(actorIds);
                }
                if (a.noDeal() != null && path.equals("actors." + a.id() + ".reservation")) {
                    return "actor '" + a.id() + "' has a no_deal model, which computes its reservation; expected "
                            + "actors." + a.id() + ".no_deal.conflict_value or another of its components";
                }
                String rest = path.substring(("actors." + a.id() + ".").length());
                String stanceIssue = rest.startsWith("stances.") ? rest.substring("stances.".length()).split("\\.")[0]
                        : null;
                String near = stanceIssue == null ? "" : Nearest.hint(stanceIssue, a.stances().keySet());
                return (near.isEmpty() ? "" : "no stance on '" + stanceIssue + "'" + near + "; ")
                        + "expected actors." + a.id() + ".capability, .reservation, .stances.ISSUE.position, "
                        + ".stances.ISSUE.salience (ISSUE one of " + ids(a.stances().keySet().stream().toList()) + ")"
                        + (a.noDeal() == null ? "" : ", or .no_deal.conflict_value, .horizon, .discount, .losses.ID");
            }
            case "issues":
                return "expected issues.ID.status_quo with ID an issue that has a status quo: " + ids(scenario.issues()
                        .stream().filter(Issue::hasStatusQuo).map(Issue::id).toList());
            case "packages":
                return "expected packages.ID.terms.ISSUE with ID one of " + ids(scenario.packages().stream()
                        .map(Package::id).toList()) + " and ISSUE one of its terms";
            case "catastrophes":
                return scenario.catastrophes().isEmpty() ? "the scenario has no catastrophes"
                        : "expected catastrophes.ID.hazard with ID one of " + ids(scenario.catastrophes().stream()
                        .map(Catastrophe::id).toList());
            default:
                return "expected a path starting with actors., issues., packages., catastrophes. or params.";
        }
    }

    private static String longestId(String rest, List<String> ids) {
        String best = null;
        for (String id : ids) {
            if (rest.startsWith(id + ".") && (best == null || id.length() > best.length())) {
                best = id;
            }
        }
        return best;
    }

    private static String ids(List<String> ids) {
        return ids.toString();
    }

    /**
     * Per issue, the actors with a stance on it in scenario order: their ids and the indices of their capability,
     * position and salience in the input vector ({@code [issue][k]}); what the forecast kernels read a draw through.
     */
    public record IssueStances(String[][] actors, int[][] capability, int[][] position, int[][] salience) {
    }

    /** The {@link IssueStances} of this scenario's inputs (new arrays on every call). */
    public IssueStances byIssue() {
        int issues = issues();
        String[][] names = new String[issues][];
        int[][] cap = new int[issues][];
        int[][] pos = new int[issues][];
        int[][] sal = new int[issues][];
        for (int d = 0; d < issues; d++) {
            int n = 0;
            for (int i = 0; i < actors(); i++) {
                n += positionIndex(i, d) >= 0 ? 1 : 0;
            }
            names[d] = new String[n];
            cap[d] = new int[n];
            pos[d] = new int[n];
            sal[d] = new int[n];
            int k = 0;
            for (int i = 0; i < actors(); i++) {
                if (positionIndex(i, d) >= 0) {
                    names[d][k] = scenario.actors().get(i).id();
                    cap[d][k] = capabilityIndex(i);
                    pos[d][k] = positionIndex(i, d);
                    sal[d][k] = salienceIndex(i, d);
                    k++;
                }
            }
        }
        return new IssueStances(names, cap, pos, sal);
    }

    /** The number of actors. */
    public int actors() {
        return actors;
    }

    /** The number of issues. */
    public int issues() {
        return issues;
    }

    /** The vector position of actor {@code i}'s capability. */
    public int capabilityIndex(int i) {
        return capability[i];
    }

    /** The vector position of actor {@code i}'s position on issue {@code d}, or -1 without a stance. */
    public int positionIndex(int i, int d) {
        return position[i * issues + d];
    }

    /** The vector position of actor {@code i}'s salience on issue {@code d}, or -1 without a stance. */
    public int salienceIndex(int i, int d) {
        return salience[i * issues + d];
    }

    /** The issues actor {@code i} takes a stance on, in the order its stances are listed. */
    public int[] stanceOrder(int i) {
        return stanceOrder[i].clone();
    }

    /** The vector position of package {@code p}'s value on issue {@code d}: its term, or the issue's status quo. */
    public int termIndex(int p, int d) {
        return term[p * issues + d];
    }

    /** Whether actor {@code i} has a reservation value (given, or from its no-deal model). */
    public boolean hasReservation(int i) {
        return reservation[i] >= 0 || conflictValue[i] >= 0;
    }

    /**
     * Actor {@code i}'s reservation value under the inputs {@code x}: the input itself, or its no-deal model
     * anchored at the scenario's reservation (exactly that value when every component is central); NaN without one.
     */
    public double reservation(double[] x, int i) {
        if (reservation[i] >= 0) {
            return x[reservation[i]];
        }
        if (conflictValue[i] < 0) {
            return Double.NaN;
        }
        int cv = conflictValue[i];
        double delta = x[discount[i]];
        double t = x[horizon[i]];
        double d0 = inputs.get(discount[i]).central;
        double t0 = inputs.get(horizon[i]).central;
        double change = x[cv] - inputs.get(cv).central;
        for (int k = 0; k < loss[i].length; k++) {
            int l = loss[i][k];
            int h = lossHazard[i][k];
            change -= x[l] * NoDeal.exposure(x[h], delta, t)
                    - inputs.get(l).central * NoDeal.exposure(inputs.get(h).central, d0, t0);
        }
        return anchor[i] + change;
    }

    /** The scenario with every input set from {@code x} (a no-deal actor's reservation recomputed by its model). */
    public Scenario apply(double[] x) {
        Scenario s = scenario;
        List<Catastrophe> cats = new ArrayList<>();
        for (int c = 0; c < hazard.length; c++) {
            cats.add(s.catastrophes().get(c).withHazard(x[hazard[c]]));
        }
        List<Actor> as = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            Actor a = s.actors().get(i);
            Map<String, Stance> stances = new LinkedHashMap<>();
            for (Map.Entry<String, Stance> e : a.stances().entrySet()) {
                int d = s.issueIndex(e.getKey());
                Stance st = e.getValue();
                stances.put(e.getKey(), st.with(x[position[i * issues + d]], x[salience[i * issues + d]]));
            }
            Actor b = a.withCapability(x[capability[i]]).withStances(stances);
            if (hasReservation(i)) {
                b = b.withReservation(reservation(x, i));
            }
            if (a.noDeal() != null && conflictValue[i] >= 0) {
                NoDeal nd = a.noDeal();
                Map<String, Double> losses = new LinkedHashMap<>();
                int k = 0;
                for (String id : nd.losses().keySet()) {
                    losses.put(id, x[loss[i][k++]]);
                }
                b = b.withNoDeal(new NoDeal(nd.hasConflictValue() || x[conflictValue[i]]
                        != inputs.get(conflictValue[i]).central ? x[conflictValue[i]] : null, x[horizon[i]],
                        x[discount[i]], losses, nd.note(), nd.basis()));
            }
            as.add(b);
        }
        List<Issue> is = new ArrayList<>();
        for (int d = 0; d < issues; d++) {
            Issue issue = s.issues().get(d);
            is.add(statusQuo[d] < 0 ? issue : issue.withStatusQuo(x[statusQuo[d]]));
        }
        List<Package> ps = new ArrayList<>();
        for (int p = 0; p < s.packages().size(); p++) {
            Package pkg = s.packages().get(p);
            Map<String, Double> terms = new LinkedHashMap<>();
            for (String id : pkg.terms().keySet()) {
                terms.put(id, x[term[p * issues + s.issueIndex(id)]]);
            }
            ps.add(pkg.withTerms(terms));
        }
        return s.withCatastrophes(cats).withActors(as).withIssues(is).withPackages(ps);
    }
}
