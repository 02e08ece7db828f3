package org.xxgk.extract;

import java.util.Objects;
import org.xxgk.source.Provenance;

/**
 * A paragraph or line of text outside the tables (or, for plain text whose grid could not be
 * recovered, one cell of the reading-order cell sequence).
 *
 * @param indent for a line of plain text, the characters of white space before {@code text} on its
 *               line: with it, a value's place on the line says its column where a table's cells are
 *               aligned by spaces ({@code pdftotext -layout}), blank cells included; 0 elsewhere
 */
public record TextBlock(String text, Provenance provenance, int indent) implements Block {
    public TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
        if (indent < 0) throw new IllegalArgumentException("indent must not be negative: " + indent);
    }

    /** A block whose place on a line does not apply (a paragraph of a page, a PDF's text). */
    public TextBlock(String text, Provenance provenance) {
        this(text, provenance, 0);
    }
}
