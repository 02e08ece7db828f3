package org.xxgk.extract.pdf;

import java.util.List;

/**
 * Glyphs sharing a baseline, left to right, and their text (joined by {@link Lines#join}, then
 * normalised).
 *
 * @param glyphs   the glyphs, spaces included, sorted by x
 * @param left     left edge of the first visible glyph
 * @param right    right edge of the last visible glyph
 * @param baseline the baseline
 * @param size     the largest font size on the line
 * @param text     the line's text
 * @param tabular  whether the line is a table's row rather than a line of prose ({@link Lines#tabular})
 */
record TextLine(List<Glyph> glyphs, double left, double right, double baseline, double size, String text,
        boolean tabular) {

    TextLine {
        glyphs = List.copyOf(glyphs);
    }

    double top() {
        return baseline - 0.9 * size;
    }

    double bottom() {
        return baseline + 0.2 * size;
    }

    /** Whether a visible glyph straddles the vertical line {@code x}. */
    boolean crosses(double x) {
        for (Glyph g : glyphs) {
            if (!g.isSpace() && g.left() < x - 0.5 && g.right() > x + 0.5) return true;
        }
        return false;
    }
}
