package org.parley.core.backtest;

/** One actor's recorded stand on one decided issue: its position and salience, both on 0..100. */
public record Stand(String actor, double position, double salience) {

    public Stand {
        if (!Double.isFinite(position) || !Double.isFinite(salience) || salience < 0) {
            throw new IllegalArgumentException("actor '" + actor + "': position " + position + ", salience "
                    + salience + "; expected finite numbers and salience >= 0");
        }
    }
}
