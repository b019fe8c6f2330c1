package org.parley.core.phasing;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.PowerPath;
import org.parley.core.scenario.PowerPoint;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scenario;

/**
 * War as a commitment problem (Powell 2006, "War as a commitment problem", International Organization 60(1)):
 * each period a flow of size 1 is divided; the declining side A wins a war started at t with probability
 * {@code p_t} at cost {@code c} a period, and the rising side cannot commit beyond today, so the most it can
 * credibly give A at t is {@code 1 + delta (p_t+1 - c) / (1 - delta)}. A fights at t iff
 * {@code delta (p_t - p_t+1) > (1 - delta)(1 - p_t + c)}. A step of L years uses {@code delta^L}. O(steps).
 */
public final class PowerShift {

    private PowerShift() {
    }

    /**
     * The per-step slack {@code sigma_t = (1 - delta_t)(1 - p_t + c) - delta_t (p_t - p_t+1)}, t = 0..T-1, for win
     * probabilities {@code p[0..T]} and per-step discount factors {@code delta[0..T-1]}.
     */
    public static double[] slack(double[] p, double[] delta, double cost) {
        double[] sigma = new double[p.length - 1];
        for (int t = 0; t < sigma.length; t++) {
            sigma[t] = (1 - delta[t]) * (1 - p[t] + cost) - delta[t] * (p[t] - p[t + 1]);
        }
        return sigma;
    }

    /** The index of the smallest slack (the first on a tie). */
    public static int argmin(double[] sigma) {
        int best = 0;
        for (int t = 1; t < sigma.length; t++) {
            if (sigma[t] < sigma[best]) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Why Powell's check of a validated scenario's power path cannot run: the declining actor has no discount factor.
     * Empty when it can (or when there is no power path); {@link #check} throws with these.
     */
    public static List<Problem> problems(Scenario s) {
        if (s.phasing() == null || s.phasing().power() == null) {
            return List.of();
        }
        PowerPath path = s.phasing().power();
        int i = s.actors().indexOf(s.actor(path.declining()).orElseThrow());
        if (s.actors().get(i).discount() != null) {
            return List.of();
        }
        return List.of(new Problem("actors[" + i + "].discount", "missing; Powell's check needs the declining "
                + "actor's annual discount factor (phasing.power.declining: " + path.declining() + ")"));
    }

    /** The check of a validated scenario's power path; null when it has none. */
    public static PowerShiftCheck check(Scenario s) {
        if (s.phasing() == null || s.phasing().power() == null) {
            return null;
        }
        List<Problem> problems = problems(s);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        PowerPath path = s.phasing().power();
        double annual = s.actor(path.declining()).orElseThrow().discount();
        List<PowerPoint> pts = path.path();
        double[] p = new double[pts.size()];
        double[] delta = new double[pts.size() - 1];
        for (int t = 0; t < p.length; t++) {
            p[t] = pts.get(t).p();
            if (t < delta.length) {
                delta[t] = Math.pow(annual, pts.get(t + 1).year() - pts.get(t).year());
            }
        }
        double[] sigma = slack(p, delta, path.warCost());
        List<PowerStep> steps = new ArrayList<>();
        List<Integer> risks = new ArrayList<>();
        for (int t = 0; t < sigma.length; t++) {
            PowerStep step = new PowerStep(pts.get(t).year(), pts.get(t + 1).year(), p[t], p[t + 1], delta[t],
                    sigma[t], (1 - delta[t]) * (1 - p[t] + path.warCost()) / delta[t]);
            steps.add(step);
            if (step.warRisk()) {
                risks.add(t);
            }
        }
        return new PowerShiftCheck(path.declining(), path.warCost(), annual, steps, argmin(sigma), risks);
    }
}
