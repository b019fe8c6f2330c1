package org.parley.core.exec;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from a master seed and a task index, so that task {@code k} draws the same
 * numbers however the batch is scheduled. The two numbers are mixed with SplitMix64's finaliser.
 */
public final class TaskRandom {

    private TaskRandom() {
    }

    /** The stream of task {@code index} under {@code seed}. */
    public static SplittableRandom of(long seed, long index) {
        return new SplittableRandom(mix(seed, index));
    }

    /** SplitMix64 of {@code seed ^ mix64(index)}: a well-spread 64-bit key for (seed, index). */
    public static long mix(long seed, long index) {
        return mix64(seed ^ mix64(index + 0x9E3779B97F4A7C15L));
    }

    /** The SplitMix64 finaliser (Steele, Lea and Flood 2014). */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
