package org.parley.core.forecast.smp;

/** KTAB's {@code BargnModel}: whose view of a challenge shapes the bargain proposed (smp.md Section 6). */
public enum BargainModel implements KtabOption {
    /** Only the initiator's view (KTAB's default). */
    INIT_ONLY_INTERP("InitOnlyInterp", "init-only-interp"),
    /** The initiator's and the receiver's views, each as a bargain of its own. */
    INIT_RCVR_INTERP("InitRcvrInterp", "init-rcvr-interp"),
    /** One bargain, the average of both views weighted by capability x total salience. */
    PW_COMP_INTERP("PWCompInterp", "pw-comp-interp");

    private final Names names;

    BargainModel(String ktabName, String word) {
        this.names = new Names(ktabName, word);
    }

    @Override
    public Names names() {
        return names;
    }
}
