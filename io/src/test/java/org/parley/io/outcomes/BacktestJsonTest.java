package org.parley.io.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.backtest.BacktestOptions;
import org.parley.core.backtest.BacktestResult;
import org.parley.core.backtest.Backtester;
import org.parley.core.backtest.OutcomeDataset;
import org.parley.core.backtest.split.ProposalSplit;
import org.parley.core.exec.BatchRunner;
import org.parley.io.Limits;
import org.parley.io.json.ResultJson;

class BacktestJsonTest {

    @Test
    void a_backtest_result_round_trips_through_json_and_writes_the_per_issue_csv() throws Exception {
        OutcomeDataset d = OutcomeFiles.read(Path.of("examples/eu-outcomes-sample.csv"), Limits.defaults());
        ProposalSplit split = new ProposalSplit(3, 0.5, List.of("d00032"), List.of("d00060"));
        BacktestResult r = Backtester.run(d, BacktestOptions.defaults(List.of("compromise", "median", "bdm",
                "exchange", "smp", "anchored-compromise")).with(split).withResamples(200)
                .with(d.capabilitySets().get(OutcomeCsv.DATA)), BatchRunner.sequential());
        String json = ResultJson.write(r);
        BacktestResult back = ResultJson.mapper().readValue(json, BacktestResult.class);
        assertThat(back).isEqualTo(r);
        assertThat(ResultJson.write(back)).isEqualTo(json);
        assertThat(json).contains("\"vs_compromise\"").contains("\"proposal_bootstrap\"").contains("\"median_ae\"")
                .contains("\"within5_share\"").contains("\"with_reference_point\"").contains("\"not_settled\"");
        String csv = BacktestCsv.predictions(r);
        String[] lines = csv.split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("isnr,prnr,part,out,rp,n_actors,pred_compromise,err_compromise,pred_median,"
                + "err_median,pred_bdm,err_bdm,pred_exchange,err_exchange,pred_smp,err_smp,"
                + "pred_anchored-compromise,err_anchored-compromise");
        assertThat(lines[1]).startsWith("d00032i1,d00032,train,100,0,17,");
        assertThat(lines[2]).startsWith("d00032i2,d00032,train,0,,17,");
        assertThat(BacktestCsv.split(split, d.proposals())).isEqualTo("prnr,part\nd00032,train\nd00060,test\n");
    }
}
