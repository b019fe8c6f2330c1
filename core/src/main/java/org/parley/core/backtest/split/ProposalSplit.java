package org.parley.core.backtest.split;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.core.backtest.OutcomeIssue;
import org.parley.core.exec.TaskRandom;

/**
 * A split of a data set's proposals into a train and a test half, fixed by the seed alone: proposal p goes to train
 * iff {@code u(p) < trainShare}, where {@code u(p)} is the top 53 bits of {@code TaskRandom.mix(seed, fnv1a64(p))}
 * as a number in [0, 1). Whole proposals move together, because issues of one proposal are not independent. The
 * lists keep the data set's order.
 */
public record ProposalSplit(long seed, double trainShare, List<String> train, List<String> test) {

    public ProposalSplit {
        if (!(trainShare > 0 && trainShare < 1)) {
            throw new IllegalArgumentException("train share " + trainShare + "; expected a number between 0 and 1");
        }
        train = List.copyOf(train);
        test = List.copyOf(test);
    }

    /** The split of {@code proposals} under {@code seed}, about {@code trainShare} of them in train. */
    public static ProposalSplit of(List<String> proposals, long seed, double trainShare) {
        List<String> train = new ArrayList<>();
        List<String> test = new ArrayList<>();
        for (String p : proposals) {
            (draw(p, seed) < trainShare ? train : test).add(p);
        }
        return new ProposalSplit(seed, trainShare, train, test);
    }

    /** The proposal's uniform draw in [0, 1) under {@code seed}. */
    public static double draw(String proposal, long seed) {
        return (TaskRandom.mix(seed, fnv1a64(proposal)) >>> 11) * 0x1.0p-53;
    }

    /** FNV-1a, 64 bits, of the UTF-8 bytes: a hash of the proposal id that is the same on every JVM. */
    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Whether the proposal is in the train half. */
    public boolean inTrain(String proposal) {
        return train.contains(proposal);
    }

    /** The issues of the train proposals: all a fitter may see. */
    public TrainSet trainSet(List<OutcomeIssue> issues) {
        Set<String> keep = Set.copyOf(train);
        return new TrainSet(issues.stream().filter(i -> keep.contains(i.proposal())).toList());
    }

    /** The issues of the test proposals, on which fitted models are scored. */
    public TestSet testSet(List<OutcomeIssue> issues) {
        Set<String> keep = Set.copyOf(test);
        return new TestSet(issues.stream().filter(i -> keep.contains(i.proposal())).toList());
    }
}
