package org.parley.io.genius;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.text.Numbers;

/** The problems and warnings found while reading one file, each with its path inside the document. */
public final class Problems {

    private final String file;
    private final List<InputError> errors = new ArrayList<>();
    private final List<String> warnings;

    public Problems(String file, List<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** Records an error at {@code path}. */
    public void error(String path, String message) {
        errors.add(new InputError(file, null, path, message));
    }

    /** Records a warning at {@code path}. */
    public void warn(String path, String message) {
        warnings.add(file + ": " + path + ": " + message);
    }

    /** Throws every error recorded, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
    }

    /** Whether an error was recorded. */
    public boolean any() {
        return !errors.isEmpty();
    }

    /** The decimal in {@code text}, or null (and an error) when it is missing or not a finite number. */
    public BigDecimal number(String path, String field, String text) {
        if (text == null) {
            error(path, "missing " + field);
            return null;
        }
        BigDecimal v = Numbers.parse(text);
        if (v == null) {
            error(path, field + " '" + text + "' is not a number");
        }
        return v;
    }

    /** The file name. */
    public String file() {
        return file;
    }
}
