package org.xxgk.extract;

import java.util.Objects;
import org.xxgk.source.Provenance;

/**
 * One position of a {@link TableGrid} after spans are expanded. A cell that spans several rows or
 * columns appears once as the origin ({@code spanOrigin == true}) and as copies with the same text
 * in every other position it covers.
 *
 * @param text       the cell's text as printed (extractors join wrapped lines; nothing else is normalised)
 * @param rowSpan    rows the original cell spans (1 for a plain cell)
 * @param colSpan    columns the original cell spans
 * @param spanOrigin true at the span's top-left position, false for the copies
 * @param provenance where the original cell is (its row and column are the origin's)
 */
public record Cell(String text, int rowSpan, int colSpan, boolean spanOrigin, Provenance provenance) {

    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
        if (rowSpan < 1 || colSpan < 1) throw new IllegalArgumentException("spans must be >= 1");
    }

    /** A plain 1x1 cell. */
    public static Cell of(String text, Provenance provenance) {
        return new Cell(text, 1, 1, true, provenance);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** This cell as a copy covering another position of the same span. */
    public Cell asCopy() {
        return new Cell(text, rowSpan, colSpan, false, provenance);
    }
}
