package dev.drydock.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table printed like the docker CLI prints one: a header row and left-aligned columns, each
 * column as wide as its widest cell plus three spaces (at least ten characters), the last column
 * not padded.
 */
final class TextTable {

    private static final int PADDING = 3;
    private static final int MIN_WIDTH = 10;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    TextTable add(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (String cell : cells) {
            row.add(cell == null ? "" : cell);
        }
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = columnWidths();
        StringBuilder line = new StringBuilder(128);
        printRow(out, line, headers, widths);
        for (List<String> row : rows) {
            printRow(out, line, row, widths);
        }
        out.flush();
    }

    private int[] columnWidths() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            int widest = headers.get(c).length();
            for (List<String> row : rows) {
                widest = Math.max(widest, row.get(c).length());
            }
            widths[c] = Math.max(widest + PADDING, MIN_WIDTH);
        }
        return widths;
    }

    private static void printRow(PrintWriter out, StringBuilder line, List<String> cells, int[] widths) {
        line.setLength(0);
        int last = cells.size() - 1;
        for (int c = 0; c < last; c++) {
            String cell = cells.get(c);
            line.append(cell);
            line.append(" ".repeat(widths[c] - cell.length()));
        }
        line.append(cells.get(last));
        out.println(stripTrailingSpaces(line));
    }

    private static String stripTrailingSpaces(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
