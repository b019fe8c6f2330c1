package org.parley.io.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.PathLines;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A YAML or JSON document parsed into a tree, remembering the line of every node by its path
 * ({@code actors[2].stances.TERR.position}) so that later checks can point at lines. Refuses duplicate keys,
 * aliases (so alias bombs cannot expand), nesting deeper than the limit, more values than the limit and malformed
 * syntax, with the line.
 */
public final class LocatedTree {

    private final JsonNode root;
    private final PathLines lines;

    private LocatedTree(JsonNode root, PathLines lines) {
        this.root = root;
        this.lines = lines;
    }

    /** The root of the document. */
    public JsonNode root() {
        return root;
    }

    /** The line of the node at {@code path}, or of its nearest ancestor that has one; null when unknown. */
    public Integer lineOf(String path) {
        return lines.lineOf(path);
    }

    /** Words for the kind of a node, for messages: "a mapping", "the number 3", "text 'abc'" (shortened). */
    public static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "nothing";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        return "text " + Numbers.quote(n.asText());
    }

    /** Parses YAML (a superset of JSON) text under the limits. */
    public static LocatedTree parseYaml(TextFile text, Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setAllowDuplicateKeys(true); // the tree builder refuses them itself, naming the path
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        WholeTextYamlFactory factory = new WholeTextYamlFactory(YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(constraints(limits)));
        WholeTextReader reader = new WholeTextReader(text.content());
        try {
            reader.requirePrintable();
        } catch (ReaderException e) {
            throw InputException.at(text.name(), reader.lineAt(e.getPosition()), "a character YAML does not allow "
                    + String.format("(U+%04X)", e.getCodePoint()) + "; expected printable text");
        }
        return parse(() -> factory.parser(text.content(), reader), text, limits);
    }

    /** Parses strict JSON text under the limits. */
    public static LocatedTree parseJson(TextFile text, Limits limits) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints(limits)).build();
        return parse(() -> factory.createParser(text.content()), text, limits);
    }

    private static StreamReadConstraints constraints(Limits limits) {
        return StreamReadConstraints.builder().maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                .maxNumberLength(Numbers.MAX_LENGTH).build();
    }

    /** Makes a parser; may throw what Jackson's factories throw. */
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static LocatedTree parse(ParserSource source, TextFile text, Limits limits) {
        PathLines lines = new PathLines();
        try (JsonParser p = source.open()) {
            try {
                return new LocatedTree(build(p, text.name(), lines, limits), lines);
            } catch (StreamConstraintsException e) {
                throw located(text.name(), p.currentLocation().getLineNr(),
                        ParserMessages.plain(e.getOriginalMessage(), "exceeds a safety limit: "));
            } catch (JsonProcessingException e) {
                MarkedYAMLException syntax = marked(e);
                if (syntax != null) {
                    YamlSyntax.Located l = YamlSyntax.explain(syntax, text.content());
                    throw located(text.name(), l.line(), l.message());
                }
                int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
                throw located(text.name(), line, ParserMessages.plain(e.getOriginalMessage(), "not well-formed: "));
            } catch (InputException e) {
                throw e;
            } catch (RuntimeException e) {
                MarkedYAMLException syntax = marked(e);
                if (syntax != null) {
                    YamlSyntax.Located l = YamlSyntax.explain(syntax, text.content());
                    throw located(text.name(), l.line(), l.message());
                }
                // snakeyaml signals its own limits (aliases, nesting, code points) with unchecked exceptions
                throw located(text.name(), p.currentLocation().getLineNr(),
                        ParserMessages.plain(e.getMessage(), "cannot be parsed: "));
            }
        } catch (IOException e) {
            throw InputException.of(text.name(), ParserMessages.plain(e.getMessage(), "cannot be parsed: "));
        }
    }

    private static JsonNode build(JsonParser p, String file, PathLines lines, Limits limits)
            throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw InputException.of(file, "is empty; expected a scenario");
        }
        JsonNode root = new Builder(p, file, lines, limits).value("", 0);
        JsonToken extra = p.nextToken();
        if (extra != null) {
            throw InputException.at(file, p.currentTokenLocation().getLineNr(),
                    "more than one document; expected exactly one");
        }
        return root;
    }

    /** snakeyaml's syntax error behind a parser's exception (Jackson wraps it), or null. */
    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    private static InputException located(String file, int line, String message) {
        return line > 0 ? InputException.at(file, line, message) : InputException.of(file, message);
    }

    /** A number node; YAML's .inf and .nan become infinite or NaN doubles, which later checks refuse by path. */
    private static JsonNode number(String text) {
        String t = text.trim();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".nan")) {
            return JsonNodeFactory.instance.numberNode(Double.NaN);
        }
        if (lower.endsWith(".inf")) {
            return JsonNodeFactory.instance.numberNode(t.startsWith("-") ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY);
        }
        return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(t.replace("_", "")));
    }

    /** Builds the tree token by token, recording the line of every path. */
    private static final class Builder {
        private final JsonParser p;
        private final String file;
        private final PathLines lines;
        private final Limits limits;
        private int values;

        Builder(JsonParser p, String file, PathLines lines, Limits limits) {
            this.p = p;
            this.file = file;
            this.lines = lines;
            this.limits = limits;
        }

        JsonNode value(String path, int depth) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            lines.putIfAbsent(path, line);
            if (depth > limits.maxNestingDepth()) {
                throw InputException.at(file, line, "nested deeper than " + limits.maxNestingDepth() + " levels");
            }
            if (++values > limits.maxValues()) {
                throw InputException.at(file, line, "more than " + limits.maxValues() + " values (numbers, texts, "
                        + "lists, mappings); expected at most " + limits.maxValues() + ", a bound that keeps memory "
                        + "in check");
            }
            if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                throw InputException.at(file, line, (path.isEmpty() ? "" : path + ": ")
                        + "YAML aliases (*" + p.getText() + ") are not supported; write the value out");
            }
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT:
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        String child = path.isEmpty() ? key : path + "." + key;
                        int keyLine = p.currentTokenLocation().getLineNr();
                        if (o.has(key)) {
                            throw InputException.at(file, keyLine, "duplicate key '" + key + "'"
                                    + (path.isEmpty() ? "" : " in " + path) + "; expected each key once in a mapping");
                        }
                        lines.put(child, keyLine);
                        p.nextToken();
                        o.set(key, value(child, depth + 1));
                    }
                    return o;
                case START_ARRAY:
                    ArrayNode a = JsonNodeFactory.instance.arrayNode();
                    int k = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.add(value(path + "[" + k++ + "]", depth + 1));
                    }
                    return a;
                case VALUE_STRING:
                    if (p instanceof WholeTextYamlFactory.Parser y && y.plainNumberTooLong()) {
                        throw InputException.at(file, line, (path.isEmpty() ? "" : path + ": ") + "a number written "
                                + "with " + p.getText().length() + " characters; expected at most "
                                + Numbers.MAX_LENGTH);
                    }
                    return JsonNodeFactory.instance.textNode(p.getText());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return number(p.getText());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return JsonNodeFactory.instance.booleanNode(p.getBooleanValue());
                case VALUE_NULL:
                    return JsonNodeFactory.instance.nullNode();
                case VALUE_EMBEDDED_OBJECT:
                    throw InputException.at(file, line, (path.isEmpty() ? "" : path + ": ")
                            + "a binary (!!binary) value; expected text, a number, a list or a mapping");
                default:
                    throw InputException.at(file, line, "unexpected " + t);
            }
        }
    }
}
