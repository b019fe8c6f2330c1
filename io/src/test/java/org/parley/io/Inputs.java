package org.parley.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.io.text.TextFile;

/** Helpers for reader tests: text in memory, and the problems a reader reports. */
public final class Inputs {

    private Inputs() {
    }

    /** A text file named {@code name} holding {@code content}. */
    public static TextFile text(String name, String content) {
        return TextFile.decode(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The problems {@code reading} throws; fails when it throws nothing or something else. */
    public static List<InputError> errors(Runnable reading) {
        InputException[] caught = new InputException[1];
        assertThatThrownBy(() -> {
            try {
                reading.run();
            } catch (InputException e) {
                caught[0] = e;
                throw e;
            }
        }).isInstanceOf(InputException.class);
        return caught[0].errors();
    }
}
