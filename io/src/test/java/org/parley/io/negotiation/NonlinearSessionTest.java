package org.parley.io.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.deals.DealSpace;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.Action;
import org.parley.core.negotiation.party.Negotiators;
import org.parley.core.negotiation.protocol.StackedAlternatingOffers;
import org.parley.core.negotiation.session.Session;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;
import org.parley.core.negotiation.session.TraceEvent;
import org.parley.io.Limits;
import org.parley.io.deals.DealFiles;

/** Sessions on GENIUS's nonlinear S-1NIKFRT-1 domain (10^10 outcomes): bids from a sampled, hill-climbed index. */
class NonlinearSessionTest {

    @Test
    void a_session_over_ten_billion_outcomes_runs_on_sampled_bids_with_discounting() {
        DealSpace deals = DealFiles.load(Path.of("data/genius/nonlinear_S-1NIKFRT-1"), List.of(), Limits.defaults(),
                11).deals();
        assertThat(deals.space().size().longValueExact()).isEqualTo(10_000_000_000L);
        Setting s = Setting.of(deals, SettingOptions.defaults(1).withFrontier(false));
        assertThat(s.index(0).exact()).isFalse();
        assertThat(s.index(0).size()).isGreaterThan(190_000);
        assertThat(s.reference().notes()).anyMatch(n -> n.contains("sampled"));
        Negotiators reg = Negotiators.builtIn();
        SessionResult r = Session.run(s, StackedAlternatingOffers.saop(), List.of(reg.parse("boulware"),
                reg.parse("conceder")), Deadline.ofRounds(100), 1, true, System::nanoTime);
        TraceEvent first = r.trace().get(0);
        assertThat(first.action()).isEqualTo(Action.Kind.OFFER);
        assertThat(first.utilities().get(r.parties().get(0))).isEqualTo(s.index(0).max());
        for (TraceEvent e : r.trace()) {
            if (e.bid() != null) {
                assertThat(e.bid()).hasSize(10);
            }
        }
        assertThat(r.agreement()).isTrue();
        double u = r.utilities().get(r.parties().get(0));
        assertThat(r.discountedUtilities().get(r.parties().get(0))).isCloseTo(u * Math.pow(0.95, r.time()),
                within(1e-12));
        assertThat(r.metrics().paretoDistance()).isNull();
    }
}
