package org.parley.core.forecast.smp;

/**
 * KTAB's {@code VictoryProbModel}: the probability that option i beats option j from the strengths of the
 * coalitions behind them (smp.md Section 3, "Victory probability").
 */
public enum VictoryProbModel implements KtabOption {
    /** {@code V(i,j) = C(i,j) / (C(i,j) + C(j,i))} (KTAB's default). */
    LINEAR("Linear", "linear", 1),
    /** As linear with strengths squared. */
    SQUARE("Square", "square", 2),
    /** As linear with strengths to the fourth power. */
    QUARTIC("Quartic", "quartic", 4),
    /** As linear with strengths to the eighth power. */
    OCTIC("Octic", "octic", 8),
    /** Nearly certain victory when one coalition is 10% stronger, linear in between. */
    BINARY("Binary", "binary", 0);

    private static final double BINARY_MARGIN = 1.1;
    private static final double BINARY_FLOOR = 1e-6;

    private final Names names;
    private final int power;

    VictoryProbModel(String ktabName, String word, int power) {
        this.names = new Names(ktabName, word);
        this.power = power;
    }

    @Override
    public Names names() {
        return names;
    }

    /** The m x m victory probabilities (row-major) from the coalition strengths {@code c}; {@code V(i,i) = 0.5}. */
    public double[] victory(double[] c, int m) {
        double[] v = new double[m * m];
        for (int i = 0; i < m; i++) {
            v[i * m + i] = 0.5;
            for (int j = 0; j < i; j++) {
                double cij = c[i * m + j];
                double cji = c[j * m + i];
                double vij = this == BINARY ? binary(cij, cji) : power(cij) / (power(cij) + power(cji));
                v[i * m + j] = vij;
                v[j * m + i] = 1 - vij;
            }
        }
        return v;
    }

    private double power(double x) {
        return switch (power) {
            case 1 -> x;
            case 2 -> x * x;
            case 4 -> {
                double x2 = x * x;
                yield x2 * x2;
            }
            default -> {
                double x2 = x * x;
                double x4 = x2 * x2;
                yield x4 * x4;
            }
        };
    }

    private static double binary(double cij, double cji) {
        if (cij >= BINARY_MARGIN * cji) {
            return 1 / (1 + BINARY_FLOOR);
        }
        if (cji >= BINARY_MARGIN * cij) {
            return BINARY_FLOOR / (1 + BINARY_FLOOR);
        }
        double r = cij / (cij + cji);
        return (r * 2.1 - 1) / 0.1;
    }
}
