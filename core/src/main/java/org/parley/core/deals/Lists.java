package org.parley.core.deals;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/** The list twin of {@link Maps}: unmodifiable lists for the deal-space records, copied only when needed. */
final class Lists {

    private Lists() {
    }

    /** An unmodifiable copy; an immutable list or one made by {@link #frozen} is kept as it is. */
    static <T> List<T> copy(List<T> l) {
        return l instanceof Frozen ? l : List.copyOf(l);
    }

    /** {@code l} made unmodifiable without a copy, for a list its builder hands over and never touches again. */
    static <T> List<T> frozen(ArrayList<T> l) {
        return new Frozen<>(l);
    }

    /** An unmodifiable view of a list no one else holds. */
    private static final class Frozen<T> extends AbstractList<T> implements RandomAccess {
        private final ArrayList<T> list;

        Frozen(ArrayList<T> list) {
            this.list = list;
        }

        @Override
        public T get(int index) {
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
