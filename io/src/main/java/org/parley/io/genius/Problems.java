package org.parley.io.genius;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.text.Numbers;

/** The problems and warnings found while reading one file, each with its path inside the document. */
public final class Problems {

    private final String file;
    private final List<InputError> errors = new ArrayList<>();
    private final List<String> warnings;
    private final Function<String, Integer> lineOf;

    public Problems(String file, List<String> warnings) {
        this(file, warnings, path -> null);
    }

    /** Problems located at lines by {@code lineOf} (path to line, null when unknown). */
    public Problems(String file, List<String> warnings, Function<String, Integer> lineOf) {
        this.file = file;
        this.warnings = warnings;
        this.lineOf = lineOf;
    }

    /** Records an error at {@code path}. */
    public void error(String path, String message) {
        errors.add(new InputError(file, lineOf.apply(path), path, message));
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
        Numbers.Reading v = Numbers.read(text);
        if (!v.ok()) {
            error(path, field + " " + v.problem());
        }
        return v.value();
    }

    /** The file name. */
    public String file() {
        return file;
    }
}
