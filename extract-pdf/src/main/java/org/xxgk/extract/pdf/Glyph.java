package org.xxgk.extract.pdf;

import technology.tabula.TextElement;

/**
 * One character as printed, taken from Tabula's {@link TextElement}. Tabula's own box for a
 * glyph is often taller than the glyph (its height comes from the font's bounding box), so that it
 * pokes out of the table cell that holds it; placement therefore uses a reference point inside
 * the glyph body: the horizontal centre, a third of the font size above the baseline.
 *
 * @param text     the character(s), not yet normalised
 * @param left     left edge
 * @param right    right edge
 * @param baseline the baseline
 * @param size     font size in points
 * @param element  Tabula's element (its box is what Tabula's area queries use)
 */
record Glyph(String text, double left, double right, double baseline, double size, TextElement element) {

    static Glyph of(TextElement te) {
        double size = te.getFontSize() >= 1 ? te.getFontSize() : Math.max(1, te.getHeight());
        return new Glyph(te.getText(), te.getLeft(), te.getLeft() + te.getWidth(), te.getBottom(), size, te);
    }

    double centerX() {
        return (left + right) / 2;
    }

    double centerY() {
        return baseline - 0.3 * size;
    }

    /** The top of the glyph body (not Tabula's taller box). */
    double top() {
        return baseline - 0.9 * size;
    }

    double bottom() {
        return baseline + 0.2 * size;
    }

    boolean isSpace() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
        }
        return true;
    }
}
