package org.parley.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: text columns left-aligned, numbers right-aligned. */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    TextTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    @Override
    public String toString() {
        int n = header.size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            width[c] = header.get(c).length();
            numeric[c] = !rows.isEmpty();
            for (List<String> r : rows) {
                String cell = c < r.size() ? r.get(c) : "";
                width[c] = Math.max(width[c], cell.length());
                numeric[c] &= cell.isEmpty() || cell.matches("[-+]?[0-9.]+%?|-|[-+]?[0-9.]+-[-+]?[0-9.]+ ~");
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width, numeric);
        for (int c = 0; c < n; c++) {
            b.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        b.append('\n');
        for (List<String> r : rows) {
            line(b, r, width, numeric);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            String pad = " ".repeat(width[c] - cell.length());
            l.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    /** A number to one decimal, as tables show it. */
    static String one(double x) {
        return org.parley.core.text.Decimals.fixed(x, 1);
    }

    /** A number to two decimals. */
    static String two(double x) {
        return org.parley.core.text.Decimals.fixed(x, 2);
    }
}
