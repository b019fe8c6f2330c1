package org.parley.core.forecast.bdm;

import org.parley.core.forecast.ForecastKernel;
import java.util.Map;
import org.parley.core.params.Params;
import org.parley.core.scenario.ScenarioInputs;

/**
 * The BDM model (Scholz et al. 2011) on an input vector: each issue's actors, positions, capabilities and saliences
 * read from the vector into the arrays {@link IssueSimulation} runs on, without a trace; the forecast is the weighted
 * median after the last round, as {@link BdmModel} reports it.
 */
public final class BdmKernel implements ForecastKernel {

    private final ScenarioInputs in;
    private final String[][] names;
    private final int[][] cap;
    private final int[][] pos;
    private final int[][] sal;

    /** The kernel over the inputs of one scenario. */
    public BdmKernel(ScenarioInputs in) {
        this.in = in;
        ScenarioInputs.IssueStances st = in.byIssue();
        names = st.actors();
        cap = st.capability();
        pos = st.position();
        sal = st.salience();
    }

    /** The last parameters read and their settings (immutable), so that draws with the same parameters parse once. */
    private volatile Object[] last = {null, null};

    private BdmSettings settings(Map<String, String> params) {
        Object[] l = last;
        if (params.equals(l[0])) {
            return (BdmSettings) l[1];
        }
        BdmSettings s = BdmSettings.from(Params.of(params));
        last = new Object[] {Map.copyOf(params), s};
        return s;
    }

    @Override
    public String model() {
        return BdmModel.NAME;
    }

    @Override
    public void forecast(double[] x, Map<String, String> params, double[] out) {
        BdmSettings settings = settings(params);
        for (int d = 0; d < out.length; d++) {
            int n = pos[d].length;
            double[] xs = new double[n];
            double[] cs = new double[n];
            double[] ss = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = x[pos[d][k]];
                cs[k] = x[cap[d][k]];
                ss[k] = x[sal[d][k]];
            }
            IssueInput input = IssueInput.of(in.scenario().issues().get(d).id(), "issues[" + d + "]", names[d], xs,
                    cs, ss);
            IssueOutcome o = new IssueSimulation(input, settings, false).run();
            out[d] = o.median()[o.rounds()];
        }
    }
}
