package org.parley.io.genius;

/** The weight rule shared by GENIUS and GeniusWeb profiles: sum within 0.05 of 1 (warn beyond 1e-6), normalised. */
public final class Weights {

    private Weights() {
    }

    /** The weights divided by their sum; an error when the sum is more than 0.05 away from 1. */
    public static double[] normalise(double[] w, String path, Problems p) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        if (Math.abs(sum - 1) > 0.05) {
            p.error(path, "the weights sum to " + sum + "; expected 1 (they are normalised when within 0.05 of 1)");
            return w;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            p.warn(path, "the weights sum to " + sum + ", not 1; normalised");
        }
        if (Math.abs(sum - 1) <= 1e-12) {
            return w.clone();
        }
        double[] out = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            out[k] = w[k] / sum;
        }
        return out;
    }
}
