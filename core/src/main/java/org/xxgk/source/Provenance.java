package org.xxgk.source;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a piece of text came from. Numbers are 1-based; 0 means "does not apply" (an HTML page has
 * no pages, a PDF cell no line).
 *
 * @param page   PDF page
 * @param table  table index within the document (1-based, in reading order)
 * @param row    grid row within the table
 * @param column grid column within the table
 * @param line   line of a plain-text input
 */
public record Provenance(int page, int table, int row, int column, int line) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Provenance NONE = new Provenance(0, 0, 0, 0, 0);

    public Provenance {
        if (page < 0 || table < 0 || row < 0 || column < 0 || line < 0) {
            throw new IllegalArgumentException("provenance numbers are 1-based or 0: " + page + "," + table + "," + row
                    + "," + column + "," + line);
        }
    }

    public static Provenance page(int page) {
        return new Provenance(page, 0, 0, 0, 0);
    }

    public static Provenance line(int line) {
        return new Provenance(0, 0, 0, 0, line);
    }

    public static Provenance cell(int page, int table, int row, int column) {
        return new Provenance(page, table, row, column, 0);
    }

    public Provenance withLine(int newLine) {
        return new Provenance(page, table, row, column, newLine);
    }

    /** For people: {@code page 3, table 2, row 5, column 4} or {@code line 120}; empty when nothing is known. */
    public String describe() {
        List<String> parts = new ArrayList<>(5);
        if (page > 0) parts.add("page " + page);
        if (table > 0) parts.add("table " + table);
        if (row > 0) parts.add("row " + row);
        if (column > 0) parts.add("column " + column);
        if (line > 0) parts.add("line " + line);
        return String.join(", ", parts);
    }
}
