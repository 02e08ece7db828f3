package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;
import org.xxgk.interpret.LabelTable.Entry;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog.Item;

/**
 * Columns told by where the words stand on their lines, for a table copied as text aligned by spaces
 * ({@code pdftotext -layout}): there a blank cell is spaces, so a row of section 三 that prints fewer
 * values than the form's seven columns ({@code 二、上年结转… 0}: 0 for 自然人, the rest blank) cannot be
 * read by the count of its values, but can by their places under the header's column words.
 *
 * <p>Used only where the evidence is whole: lines of a plain-text input; the header names every column
 * of the row, each once, left to right in the form's order; every value stands apart from what is
 * before it by two spaces at least (as aligned columns do; a copy with one space between its words
 * says nothing by its places), under one column's word (within the half lengths of the two and a
 * character), nearer it than any other by {@link #MARGIN}, and no two under the same one. Places are
 * characters from the line's start ({@link TextBlock#indent} included), as such a copy writes them,
 * and a word's place is its middle.
 */
final class TextColumns {

    private TextColumns() {}

    /** A value must stand at least this much (characters) nearer its column than the next one. */
    static final double MARGIN = 1.0;

    // the shortest start of a column word that names it (商业企 of a header broken over lines: 商业企 / 业)
    private static final int MIN_PREFIX = 2;

    /**
     * The middle of each of {@code columns}' words on the header lines, in the order of {@code columns}; empty
     * unless every column is named once, at a known place, left to right in that order.
     */
    static Optional<Anchors> anchors(List<Token> header, List<String> columns) {
        List<Entry<Item>> known = LabelTable.applicationColumns();
        double[] middle = middles(header, starts(header, false));
        double[] out = new double[columns.size()];
        double[] half = new double[columns.size()];
        Arrays.fill(out, Double.NaN);
        for (int k = 0; k < header.size(); k++) {
            if (Double.isNaN(middle[k])) continue;
            String text = header.get(k).labelText();
            if (text.length() < MIN_PREFIX) continue;
            for (int c = 0; c < columns.size(); c++) {
                if (!names(text, columns.get(c), known)) continue;
                if (!Double.isNaN(out[c])) return Optional.empty(); // named twice: which is the column is unknown
                out[c] = middle[k];
                half[c] = header.get(k).raw().length() / 2.0;
            }
        }
        for (int c = 0; c < out.length; c++) {
            if (Double.isNaN(out[c]) || c > 0 && out[c] <= out[c - 1]) return Optional.empty();
        }
        return Optional.of(new Anchors(out, half));
    }

    /** Where each column's word stands on the header lines: its middle and half its length, in characters. */
    record Anchors(double[] middles, double[] halfLengths) {}

    /** Whether a value starting at {@code at} stands after two spaces at least, or first on a line indented so. */
    private static boolean standsApart(TextBlock block, int at) {
        if (at == 0) return block.indent() >= 2;
        return at >= 2 && Text.isSpace(block.text().charAt(at - 1)) && Text.isSpace(block.text().charAt(at - 2));
    }

    /** Whether a header word is the column's label or the start of it (a label broken over lines). */
    private static boolean names(String text, String column, List<Entry<Item>> known) {
        for (Entry<Item> e : known) {
            if (!e.id().equals(column)) continue;
            for (String label : e.labels()) if (label.startsWith(text)) return true;
        }
        return false;
    }

    /**
     * The form column of each printed cell by its place under {@code anchors} (blank cells -1); empty unless every
     * value is at a known place, nearer one anchor than the next by {@link #MARGIN}, no two under the same one.
     */
    static Optional<int[]> columnsOf(List<Token> cells, Anchors anchors) {
        int[] starts = starts(cells, true);
        double[] middle = middles(cells, starts);
        int[] out = new int[cells.size()];
        double[] at = anchors.middles();
        boolean[] taken = new boolean[at.length];
        for (int k = 0; k < cells.size(); k++) {
            out[k] = -1;
            Token cell = cells.get(k);
            if (cell.value().isBlank()) continue;
            if (starts[k] < 0 || !standsApart(cell.source().get(), starts[k])) return Optional.empty();
            int nearest = 0;
            for (int c = 1; c < at.length; c++) {
                if (Math.abs(at[c] - middle[k]) < Math.abs(at[nearest] - middle[k])) nearest = c;
            }
            double d = Math.abs(at[nearest] - middle[k]);
            if (d > anchors.halfLengths()[nearest] + cell.raw().length() / 2.0 + 1) return Optional.empty();
            for (int c = 0; c < at.length; c++) {
                if (c != nearest && Math.abs(at[c] - middle[k]) < d + MARGIN) return Optional.empty();
            }
            if (taken[nearest]) return Optional.empty();
            taken[nearest] = true;
            out[k] = nearest;
        }
        return Optional.of(out);
    }

    /** The middle of each token on its line, from where it starts in its block ({@link #starts}); NaN if unknown. */
    static double[] middles(List<Token> tokens, int[] starts) {
        double[] out = new double[tokens.size()];
        for (int k = 0; k < out.length; k++) {
            Token t = tokens.get(k);
            out[k] = starts[k] < 0 ? Double.NaN : t.source().get().indent() + starts[k] + t.raw().length() / 2.0;
        }
        return out;
    }

    /**
     * Where each token starts in its text block, -1 where it is unknown (no text block, a block of a page or a PDF,
     * whose text has no places in characters, or text the block does not hold as printed). The tokens of one block
     * come in order: a row's labels are found from the line's start, its values from the line's end (a value's
     * digits may also occur in its label).
     */
    static int[] starts(List<Token> tokens, boolean fromEnd) {
        int[] out = new int[tokens.size()];
        Map<TextBlock, Integer> cursor = new IdentityHashMap<>();
        for (int n = 0; n < tokens.size(); n++) {
            int k = fromEnd ? tokens.size() - 1 - n : n;
            Token t = tokens.get(k);
            out[k] = -1;
            if (t.source().isEmpty() || t.raw().isEmpty() || t.source().get().provenance().line() == 0) continue;
            TextBlock block = t.source().get();
            String text = block.text();
            int at = fromEnd
                    ? text.lastIndexOf(t.raw(), cursor.getOrDefault(block, text.length()) - t.raw().length())
                    : text.indexOf(t.raw(), cursor.getOrDefault(block, 0));
            if (at < 0) continue;
            cursor.put(block, fromEnd ? at : at + t.raw().length());
            out[k] = at;
        }
        return out;
    }

    /** {@code items} in the order of their {@code places} (a stable sort: items at one place keep their order). */
    static <T> List<T> leftToRight(List<T> items, List<Double> places) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) order.add(k);
        order.sort((a, b) -> Double.compare(places.get(a), places.get(b)));
        return order.stream().map(items::get).toList();
    }

    /** The ids of a form row's columns, in order. */
    static List<String> ids(FormProfile.Row form) {
        List<String> out = new ArrayList<>(form.width());
        for (FormProfile.Column c : form.columns()) out.add(c.id());
        return out;
    }
}
