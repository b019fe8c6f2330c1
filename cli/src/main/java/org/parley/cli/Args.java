package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Command-line arguments as recorded and shown: the one way to leave options out of them. */
final class Args {

    private Args() {
    }

    /** The most threads {@code --threads} accepts. */
    static final int MAX_THREADS = 1024;

    /** The thread count of a {@code --threads} option: every core when not given, else 1 to {@link #MAX_THREADS}. */
    static int threads(Integer given) {
        int t = given == null ? Runtime.getRuntime().availableProcessors() : given;
        if (t < 1 || t > MAX_THREADS) {
            throw new Parley.UserError("--threads " + t + ": expected 1 to " + MAX_THREADS);
        }
        return t;
    }

    /**
     * {@code args} without the options in {@code valued} (with their value: {@code -o FILE}, {@code -o=FILE},
     * {@code -oFILE} for a one-letter option) and the switches in {@code switches}.
     */
    static List<String> without(List<String> args, Set<String> valued, Set<String> switches) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (valued.contains(name)) {
                i += eq < 0 ? 1 : 0;
            } else if (switches.contains(a) || valued.stream().anyMatch(v -> v.length() == 2 && !v.startsWith("--")
                    && a.startsWith(v) && a.length() > 2 && !a.startsWith("--"))) {
                continue;
            } else {
                out.add(a);
            }
        }
        return out;
    }
}
