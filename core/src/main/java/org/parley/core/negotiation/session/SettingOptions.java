package org.parley.core.negotiation.session;

import org.parley.core.deals.FrontierOptions;
import org.parley.core.negotiation.bidspace.UtilityIndex;

/**
 * How to prepare a setting: the largest space indexed exactly ({@code maxBids}; larger spaces are sampled), the
 * sample size and its seed, and the frontier options (whether to compute the frontier at all: without it the
 * distances are not reported).
 */
public record SettingOptions(long maxBids, int samples, long indexSeed, boolean frontier, FrontierOptions options) {

    public SettingOptions {
        if (maxBids < 1) {
            throw new IllegalArgumentException("maxBids " + maxBids + ": expected at least 1");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples " + samples + ": expected at least 1");
        }
    }

    /** The defaults on a utility scale of 0..{@code scale}: 2 x 10^6 bids exact, 200,000 samples, the frontier. */
    public static SettingOptions defaults(double scale) {
        return new SettingOptions(UtilityIndex.DEFAULT_MAX_BIDS, UtilityIndex.DEFAULT_SAMPLES, 1L, true,
                FrontierOptions.defaults(scale));
    }

    /** A copy with another exact-index limit. */
    public SettingOptions withMaxBids(long n) {
        return new SettingOptions(n, samples, indexSeed, frontier, options);
    }

    /** A copy that computes the frontier (true) or not. */
    public SettingOptions withFrontier(boolean f) {
        return new SettingOptions(maxBids, samples, indexSeed, f, options);
    }
}
