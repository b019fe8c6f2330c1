package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.params.Params;

/** The {@code scholz-paper} variant on the emission case: deterministic; not tested against Table 2 (spec 5.2). */
class BdmPaperTest {

    private static BdmRun run() {
        return BdmModel.run(BdmTestData.emission(), Params.of(Map.of("variant", "scholz-paper")));
    }

    @Test
    void is_deterministic() {
        BdmRun first = run();
        assertThat(run()).isEqualTo(first);
        assertThat(new BdmModel().forecast(BdmTestData.emission(), Params.of(Map.of("variant", "scholz-paper"))))
                .isEqualTo(first.forecast());
    }

    @Test
    void starts_from_the_same_input_as_the_reference_and_reads_differently() {
        BdmRun paper = run();
        BdmRun reference = BdmModel.run(BdmTestData.emission(), Params.none());
        assertThat(paper.forecast().rounds().get(0)).isEqualTo(reference.forecast().rounds().get(0));
        assertThat(paper.trace().get(0).initialMedian()).isEqualTo(7.0);
        assertThat(paper.forecast().rounds().get(1)).isNotEqualTo(reference.forecast().rounds().get(1));
    }

    @Test
    void each_actor_sees_the_dyad_with_its_own_exponent_and_probabilities_sum_to_one() {
        BdmRoundTrace first = run().trace().get(0).rounds().get(0);
        // the paper's E_j(U_ji) is j's own view: what i records as b from j is what j records as a from i
        for (BdmActorTrace i : first.actors()) {
            for (BdmOffer fromJ : i.offers()) {
                BdmActorTrace j = first.actors().stream().filter(a -> a.actor().equals(fromJ.from())).findFirst()
                        .orElseThrow();
                BdmOffer fromI = j.offers().stream().filter(o -> o.from().equals(i.actor())).findFirst()
                        .orElseThrow();
                assertThat(fromJ.euJi()).isEqualTo(fromI.euIj());
            }
        }
    }
}
