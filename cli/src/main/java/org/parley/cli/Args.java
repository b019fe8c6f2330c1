package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Command-line arguments as recorded and shown: the one way to leave options out of them. */
final class Args {

    private Args() {
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
