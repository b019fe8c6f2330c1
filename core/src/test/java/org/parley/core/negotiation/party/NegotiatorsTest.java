package org.parley.core.negotiation.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.params.BadParameterException;

class NegotiatorsTest {

    private final Negotiators registry = Negotiators.builtIn();

    @Test
    void the_built_ins_are_known_by_their_research_names() {
        assertThat(registry.names()).containsExactly("boulware", "linear", "conceder", "hardliner", "time-dependent",
                "random", "tit-for-tat", "nash");
        NegotiatorSpec s = registry.parse(" time-dependent(e=0.5, k=0.1, ac=combi:0.95) ");
        assertThat(s.label()).isEqualTo("time-dependent(e=0.5, k=0.1, ac=combi:0.95)");
        assertThat(s.name()).isEqualTo("time-dependent");
        assertThat(s.params()).containsEntry("e", "0.5").containsEntry("ac", "combi:0.95");
        assertThat(s.create()).isInstanceOf(TimeDependentNegotiator.class);
        assertThat(s.create()).isNotSameAs(s.create());
    }

    @Test
    void unknown_names_and_bad_parameters_are_refused_with_what_was_expected() {
        assertThatThrownBy(() -> registry.parse("bouldware")).isInstanceOf(BadParameterException.class)
                .hasMessage("unknown negotiator 'bouldware'; expected one of [boulware, linear, conceder, hardliner, "
                        + "time-dependent, random, tit-for-tat, nash] (or a plug-in's name)");
        assertThatThrownBy(() -> registry.parse("time-dependent(e=fast)"))
                .hasMessage("negotiator 'time-dependent(e=fast)': e=fast: expected a number");
        assertThatThrownBy(() -> registry.parse("boulware(e=0.3)"))
                .hasMessage("negotiator 'boulware(e=0.3)': unknown parameter 'e' for boulware; expected one of "
                        + "[ac, k]");
        assertThatThrownBy(() -> registry.parse("boulware(ac)"))
                .hasMessage("negotiator 'boulware(ac)': 'ac' is not key=value");
        assertThatThrownBy(() -> registry.parse("tit-for-tat(delta=0)"))
                .hasMessage("negotiator 'tit-for-tat(delta=0)': delta=0: expected a whole number from 1 to 1000");
    }

    @Test
    void lists_split_at_commas_outside_parentheses() {
        assertThat(Negotiators.split("boulware, time-dependent(e=0.5,k=0.1),nash"))
                .containsExactly("boulware", "time-dependent(e=0.5,k=0.1)", "nash");
        assertThat(Negotiators.split("conceder")).isEqualTo(List.of("conceder"));
    }
}
