package org.xxgk.extract;

import java.util.Objects;
import org.xxgk.source.Provenance;

/**
 * A paragraph or line of text outside the tables (or, for plain text whose grid could not be
 * recovered, one cell of the reading-order cell sequence).
 */
public record TextBlock(String text, Provenance provenance) implements Block {
    public TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
    }
}
