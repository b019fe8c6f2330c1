package org.parley.core.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A party to the negotiation: its capability (any non-negative scale, only ratios matter), its reservation value
 * (the utility 0..100 of no agreement), whether its signature is needed ({@code veto}), its stance per issue and,
 * optionally, the model behind its reservation value ({@code noDeal}) and, for phased agreements, its annual
 * {@code discount} factor in (0, 1) with the rationale for it.
 */
public record Actor(String id, String name, double capability, Double reservation, boolean veto,
                    Map<String, Stance> stances, Basis basis, String note, List<Fact> facts, NoDeal noDeal,
                    Double discount, String discountNote) {

    public Actor {
        stances = stances == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stances));
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** An actor without a no-deal model or a discount factor. */
    public Actor(String id, String name, double capability, Double reservation, boolean veto,
                 Map<String, Stance> stances, Basis basis, String note, List<Fact> facts) {
        this(id, name, capability, reservation, veto, stances, basis, note, facts, null, null, null);
    }

    /** An actor without a discount factor. */
    public Actor(String id, String name, double capability, Double reservation, boolean veto,
                 Map<String, Stance> stances, Basis basis, String note, List<Fact> facts, NoDeal noDeal) {
        this(id, name, capability, reservation, veto, stances, basis, note, facts, noDeal, null, null);
    }

    /** An actor without a no-deal model. */
    public Actor(String id, String name, double capability, Double reservation, boolean veto,
                 Map<String, Stance> stances, Basis basis, String note, List<Fact> facts, Double discount,
                 String discountNote) {
        this(id, name, capability, reservation, veto, stances, basis, note, facts, null, discount, discountNote);
    }

    /** An actor with a capability and stances only. */
    public static Actor of(String id, double capability, Map<String, Stance> stances) {
        return new Actor(id, null, capability, null, false, stances, null, null, List.of());
    }

    /** The actor's display name: its name, or its id when it has none. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }

    /** Whether the actor takes a stance on the issue. */
    public boolean hasStance(String issueId) {
        return stances.containsKey(issueId);
    }

    /** Whether a reservation value is given. */
    public boolean hasReservation() {
        return reservation != null;
    }

    /** Whether an annual discount factor is given. */
    public boolean hasDiscount() {
        return discount != null;
    }

    /** A copy with another capability. */
    public Actor withCapability(double c) {
        return new Actor(id, name, c, reservation, veto, stances, basis, note, facts, noDeal, discount, discountNote);
    }

    /** A copy with other stances. */
    public Actor withStances(Map<String, Stance> s) {
        return new Actor(id, name, capability, reservation, veto, s, basis, note, facts, noDeal, discount,
                discountNote);
    }

    /** A copy with another reservation value. */
    public Actor withReservation(Double r) {
        return new Actor(id, name, capability, r, veto, stances, basis, note, facts, noDeal, discount, discountNote);
    }

    /** A copy with another no-deal model. */
    public Actor withNoDeal(NoDeal n) {
        return new Actor(id, name, capability, reservation, veto, stances, basis, note, facts, n, discount,
                discountNote);
    }

    /** Whether the reservation value comes with a no-deal model. */
    public boolean hasNoDeal() {
        return noDeal != null;
    }

    /** A copy with another annual discount factor (null: none). */
    public Actor withDiscount(Double d) {
        return new Actor(id, name, capability, reservation, veto, stances, basis, note, facts, noDeal, d,
                discountNote);
    }
}
