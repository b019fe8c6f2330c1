package org.parley.core.text;

import java.util.List;

/** Lists in words, for the sentences every view prints. */
public final class Words {

    private Words() {
    }

    /** "a", "a and b", "a, b and c"; empty for no items. */
    public static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
