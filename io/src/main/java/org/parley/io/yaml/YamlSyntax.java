package org.parley.io.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * snakeyaml's syntax errors in plain words, at the line the user must fix: a tab used for indentation, a key or a
 * list entry out of line with those above it, a ': ' inside a plain value, a list entry among the keys of a
 * mapping, a bracket, brace or quote never closed (at the line where it was opened), a line that is no
 * {@code key: value}. snakeyaml reports a problem mark (where it gave up) and a context mark (where the construct
 * it was reading began); which of the two the user must fix depends on the error. Any other error keeps snakeyaml's
 * own words, at its problem's line. Texts quoted from the file are shortened.
 */
final class YamlSyntax {

    /** A message and the line (1-based) it belongs to. */
    record Located(int line, String message) {
    }

    /** A line's indentation, an optional list-entry dash, and a plain key followed by ':' (and a space or the end). */
    private static final Pattern KEY_LINE = Pattern.compile("^( *)(- +)?([^\\s#:'\"\\[\\]{}][^:#]*?)\\s*:(\\s.*|)$");
    private static final Pattern FOUND = Pattern.compile("expected <block end>, but found '(.*)'");
    private static final Pattern FLOW = Pattern.compile("expected ',' or '([\\]}])', but got (.*)");
    private static final int QUOTE_LENGTH = 40;

    private final YamlText t;

    private YamlSyntax(String text) {
        this.t = new YamlText(text);
    }

    /** The error explained, located at the line to fix. */
    static Located explain(MarkedYAMLException e, String text) {
        return new YamlSyntax(text).explain(e.getContext(), e.getContextMark(), e.getProblem(), e.getProblemMark());
    }

    private Located explain(String context, Mark at, String problem, Mark where) {
        String ctx = context == null ? "" : context;
        String prob = problem == null ? "" : problem;
        if (where != null && prob.startsWith("found character") && t.charAt(where) == '\t') {
            return tab(where);
        }
        if (where != null && prob.startsWith("found character") && (t.charAt(where) == '@' || t.charAt(where) == '`')) {
            return new Located(line(where), "a value starting with '" + (char) t.charAt(where) + "', which YAML "
                    + "reserves; expected the value in quotes");
        }
        if (where != null && prob.equals("mapping values are not allowed here")) {
            return colon(where);
        }
        Matcher found = FOUND.matcher(prob);
        if (where != null && found.matches()) {
            Located l = outOfLine(found.group(1), where);
            if (l != null) {
                return l;
            }
        }
        Matcher flow = FLOW.matcher(prob);
        if (at != null && where != null && ctx.startsWith("while parsing a flow") && flow.matches()) {
            return unclosed(at, flow.group(1).charAt(0), flow.group(2), where);
        }
        if (where != null && prob.startsWith("expected the node content, but found '")) {
            Located l = noContent(prob.substring(prob.indexOf('\'') + 1, prob.length() - 1), where);
            if (l != null) {
                return l;
            }
        }
        if (at != null && ctx.startsWith("while scanning a") && ctx.endsWith("quoted scalar")) {
            Located l = quoted(at, prob, where);
            if (l != null) {
                return l;
            }
        }
        if (at != null && ctx.equals("while scanning a simple key") && prob.equals("could not find expected ':'")) {
            return new Located(line(at), quote(t.line(at.getLine())) + " is neither 'key: value' nor a list entry; "
                    + "expected a ':' and a space after the key (or '- ' before a list entry)");
        }
        Mark m = where != null ? where : at;
        String words = (ctx.isEmpty() ? "" : ctx + "; ") + (prob.isEmpty() ? "unknown error" : prob);
        return new Located(m == null ? -1 : line(m), "not well-formed: " + words.replace("\n", "\\n")
                .replace("\r", "\\r").replace("\t", "\\t"));
    }

    /** A tab where snakeyaml expects a token: in the indentation, or between a key and its value. */
    private Located tab(Mark where) {
        String before = t.before(where);
        if (before.isBlank()) {
            return new Located(line(where), "a tab used for indentation; YAML indents with spaces (replace the tab "
                    + "with spaces)");
        }
        return new Located(line(where), "a tab after " + quote(before) + "; YAML expects spaces here (replace "
                + "the tab with a space)");
    }

    /**
     * "mapping values are not allowed here": a ': ' inside a plain value on one line, or a key indented more than
     * the key above it, whose plain value snakeyaml then reads on into this line.
     */
    private Located colon(Mark where) {
        String head = withoutDash(t.before(where).strip());
        int colon = head.indexOf(": ");
        if (colon > 0) {
            String key = head.substring(0, colon).strip();
            String value = withoutComment(t.line(where.getLine()).strip());
            value = value.substring(value.indexOf(": ") + 2).strip();
            return new Located(line(where), "the value of " + quote(key) + " holds ': ' (" + quote(value)
                    + "), which YAML reads as the start of another key; expected the value in quotes: "
                    + shorten(key) + ": \"" + shorten(value).replace("\"", "\\\"") + "\"");
        }
        int above = t.previousContent(where.getLine());
        Matcher k = above < 0 ? null : KEY_LINE.matcher(t.line(above));
        if (k != null && k.matches()) {
            String keyAbove = k.group(3).strip();
            return new Located(line(where), "key " + quote(head) + " is indented more than the key " + quote(keyAbove)
                    + " on line " + (above + 1) + ", so YAML reads it as part of the value of " + quote(keyAbove)
                    + "; expected " + quote(head) + " in the same column as " + quote(keyAbove)
                    + " (or, if the line continues that value, the value in quotes)");
        }
        return new Located(line(where), "key " + quote(head) + " is indented more than the line above it, so YAML "
                + "reads it as the rest of a value; expected it in the column of the keys it belongs with");
    }

    /** "expected <block end>, but found X": a line out of line with the block it is in; null when not told. */
    private Located outOfLine(String token, Mark where) {
        String here = t.line(where.getLine());
        int column = where.getColumn() + 1;
        switch (token) {
            case "-":
                return new Located(line(where), "a list entry (" + quote(here) + ") among the keys of a mapping; "
                        + "expected 'key: value' here, or the entry indented under a key that ends with ':'");
            case "<block sequence start>": {
                int entry = t.previousEntry(where.getLine());
                if (entry < 0) {
                    return null;
                }
                int entryColumn = YamlText.indent(t.line(entry)) + 1;
                return new Located(line(where), "the list entry " + quote(here) + " starts in column " + column
                        + ", but the entry on line " + (entry + 1) + " starts in column " + entryColumn
                        + "; expected the entries of one list to start in the same column");
            }
            case "<block mapping start>":
            case "?": {
                Matcher k = KEY_LINE.matcher(here);
                int above = t.previousContent(where.getLine());
                Matcher a = above < 0 ? null : KEY_LINE.matcher(t.line(above));
                if (!k.matches() || a == null || !a.matches()) {
                    return null;
                }
                int aboveColumn = a.start(3) + 1;
                if (aboveColumn == column) {
                    return null;
                }
                return new Located(line(where), "key " + quote(k.group(3)) + " starts in column " + column
                        + ", but the key " + quote(a.group(3)) + " on line " + (above + 1) + " starts in column "
                        + aboveColumn + "; expected the keys of one mapping to start in the same column");
            }
            case "]":
            case "}":
                return closesNothing(token, where);
            case "<scalar>":
                return afterQuote(where);
            default:
                return null;
        }
    }

    private Located closesNothing(String token, Mark where) {
        return new Located(line(where), "a '" + token + "' that closes nothing (no '" + (token.equals("]") ? "[" : "{")
                + "' is open here); expected a value");
    }

    /** "expected the node content, but found X": a stray closer, or the end of the file inside a flow collection. */
    private Located noContent(String token, Mark where) {
        if (token.equals("]") || token.equals("}")) {
            return closesNothing(token, where);
        }
        if (token.equals("<stream end>")) {
            int open = t.lastOpenBracket(t.offset(where));
            if (open >= 0) {
                char opener = t.at(open);
                return new Located(t.lineOfOffset(open), "'" + opener + "' opened here is never closed; expected '"
                        + (opener == '[' ? ']' : '}') + "' before the end of the file");
            }
        }
        return null;
    }

    /**
     * More text where a quoted value ended: after its closing quote on the same line, or because a quote opened on
     * an earlier line was never closed and a later quote closed it instead; null when no quote precedes.
     */
    private Located afterQuote(Mark where) {
        String before = t.before(where).stripTrailing();
        char q = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
        if (q != '"' && q != '\'') {
            return null;
        }
        int close = t.offset(where) - (t.before(where).length() - before.length()) - 1;
        int open = t.openingQuote(close, q);
        if (open >= 0 && t.lineOfOffset(open) < line(where)) {
            return new Located(t.lineOfOffset(open), "a quote (" + q + ") opened here is never closed on its line; "
                    + "YAML takes the quote on line " + line(where) + " for its end and then finds text it cannot "
                    + "place; expected a closing " + q + " on this line");
        }
        String rest = t.line(where.getLine()).substring(t.before(where).length());
        return new Located(line(where), "text after the closing quote of a quoted value (" + quote(withoutComment(rest))
                + "); expected the whole value inside the quotes");
    }

    /** A flow collection opened at {@code at} and not closed where snakeyaml gave up ({@code where}). */
    private Located unclosed(Mark at, char closer, String got, Mark where) {
        char opener = closer == ']' ? '[' : '{';
        String start = "'" + opener + "' opened here is never closed";
        if (got.equals("<stream end>")) {
            return new Located(line(at), start + "; expected '" + closer + "' before the end of the file");
        }
        if (got.equals("]") || got.equals("}")) {
            return new Located(line(at), "'" + opener + "' opened here is closed with '" + got + "'"
                    + (where.getLine() == at.getLine() ? "" : " on line " + line(where)) + "; expected '" + closer
                    + "'");
        }
        return new Located(line(at), start + " (YAML reads on to line " + line(where) + " and finds " + quote(got)
                + " there, still inside it); expected '" + closer + "' after the last item");
    }

    /** A quoted text opened at {@code at} and not closed, or with an unknown escape; null for other problems. */
    private Located quoted(Mark at, String problem, Mark where) {
        int q = t.charAt(at);
        String quoteChar = q == '\'' ? "'" : "\"";
        if (problem.equals("found unexpected end of stream")) {
            return new Located(line(at), "a quote (" + quoteChar + ") opened here is never closed; expected a "
                    + "closing " + quoteChar + " before the end of the file");
        }
        if (problem.equals("found unexpected document separator") && where != null) {
            return new Located(line(at), "a quote (" + quoteChar + ") opened here is never closed: line "
                    + line(where) + " ('---' or '...') ends the document inside it; expected a closing "
                    + quoteChar);
        }
        if (problem.startsWith("found unknown escape character") && where != null) {
            int c = t.charAt(where);
            return new Located(line(where), "'\\" + (c < 0 ? "" : new String(Character.toChars(c)))
                    + "' is not an escape YAML knows inside double quotes; expected '\\\\' for a backslash, or the "
                    + "text in single quotes");
        }
        return null;
    }

    /** The 1-based line of a mark. */
    private static int line(Mark m) {
        return m.getLine() + 1;
    }

    private static String withoutDash(String s) {
        return s.startsWith("- ") ? s.substring(2).strip() : s;
    }

    private static String withoutComment(String s) {
        int hash = s.indexOf(" #");
        return hash < 0 ? s : s.substring(0, hash).strip();
    }

    /** Text from the file as a message quotes it: stripped, in single quotes, shortened. */
    private static String quote(String s) {
        return "'" + shorten(s) + "'";
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > QUOTE_LENGTH ? t.substring(0, QUOTE_LENGTH) + "..." : t;
    }
}
