package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command shown in a fenced block of a Markdown page ({@code $ ./parley ...}, continued by lines ending in
 * {@code \}) and the output documented under it, up to the next {@code $ } line or the end of the block. A last
 * output line {@code (exit N)} states the exit code (0 otherwise); an HTML comment {@code <!-- not run: reason -->}
 * right before the block marks all its commands as not run.
 *
 * @param file the page, relative to the repository root
 * @param line the 1-based line of the {@code $}
 * @param command the command as written, continuation lines joined
 * @param output the documented output lines, without the exit line and trailing blank lines
 * @param exit the documented exit code
 * @param notRun the reason given in a {@code not run} comment, or null
 * @param from the 0-based index in the page of the first line after the command (where its output starts)
 * @param to the 0-based index in the page after its last output line (exit line and trailing blanks included)
 */
record DocCommand(String file, int line, String command, List<String> output, int exit, String notRun, int from,
        int to) {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern NOT_RUN = Pattern.compile("^\\s*<!--\\s*not run:\\s*(.+?)\\s*-->\\s*$");
    private static final Pattern EXIT = Pattern.compile("^\\(exit (\\d+)\\)$");

    DocCommand {
        output = List.copyOf(output);
    }

    /** Where the command is, as {@code file:line}. */
    String where() {
        return file + ":" + line;
    }

    /** Every command in the fenced blocks of a page whose first line starts with {@code $ }. */
    static List<DocCommand> parse(String file, List<String> lines) {
        List<DocCommand> found = new ArrayList<>();
        for (Fenced f : fenced(lines)) {
            if (f.runs(lines)) {
                block(file, lines, f.open() + 1, f.close(), notRunBefore(lines, f.open()), found);
            }
        }
        return found;
    }

    /**
     * The {@code ./parley ...} lines of the other fenced blocks (commands shown without their output, as in the
     * README's tour), as {@code line number -> text}; they are not run, but their words must parse.
     */
    static java.util.Map<Integer, String> shown(List<String> lines) {
        java.util.Map<Integer, String> found = new java.util.LinkedHashMap<>();
        for (Fenced f : fenced(lines)) {
            if (!f.runs(lines)) {
                for (int j = f.open() + 1; j < f.close(); j++) {
                    if (lines.get(j).strip().startsWith("./parley ")) {
                        found.put(j + 1, lines.get(j).strip());
                    }
                }
            }
        }
        return found;
    }

    /** A fenced block: the 0-based indexes of its opening fence and of its closing one (the page's size if none). */
    private record Fenced(int open, int close) {

        /** Whether the block's first line is a command ({@code $ }), so that the block is run. */
        boolean runs(List<String> lines) {
            return open + 1 < close && lines.get(open + 1).startsWith("$ ");
        }
    }

    /** The fenced blocks of a page, in order. */
    private static List<Fenced> fenced(List<String> lines) {
        List<Fenced> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !closes(lines.get(end), open.group(1))) {
                end++;
            }
            out.add(new Fenced(i, end));
            i = end + 1;
        }
        return out;
    }

    private static boolean closes(String line, String fence) {
        String t = line.strip();
        return t.length() >= fence.length() && t.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static String notRunBefore(List<String> lines, int fence) {
        int j = fence - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        if (j < 0) {
            return null;
        }
        Matcher m = NOT_RUN.matcher(lines.get(j));
        return m.matches() ? m.group(1) : null;
    }

    private static void block(String file, List<String> lines, int start, int end, String notRun,
            List<DocCommand> found) {
        int i = start;
        while (i < end) {
            int at = i;
            StringBuilder command = new StringBuilder(lines.get(i).substring(2).strip());
            i++;
            while (command.length() > 0 && command.charAt(command.length() - 1) == '\\' && i < end) {
                String head = command.substring(0, command.length() - 1).stripTrailing();
                command.setLength(0);
                command.append(head).append(' ').append(lines.get(i).strip());
                i++;
            }
            int from = i;
            while (i < end && !lines.get(i).startsWith("$ ")) {
                i++;
            }
            List<String> output = new ArrayList<>(lines.subList(from, i).stream().map(String::stripTrailing).toList());
            while (!output.isEmpty() && output.get(output.size() - 1).isEmpty()) {
                output.remove(output.size() - 1);
            }
            int exit = 0;
            if (!output.isEmpty()) {
                Matcher m = EXIT.matcher(output.get(output.size() - 1));
                if (m.matches()) {
                    exit = Integer.parseInt(m.group(1));
                    output.remove(output.size() - 1);
                    while (!output.isEmpty() && output.get(output.size() - 1).isEmpty()) {
                        output.remove(output.size() - 1);
                    }
                }
            }
            found.add(new DocCommand(file, at + 1, command.toString().strip(), output,
                    exit, notRun, from, i));
        }
    }
}
