package org.xxgk.extract.pdf;

/**
 * A table cell as drawn, before spans are expanded: its box (y may be shifted into the coordinates
 * of a table joined over pages), its text and its page.
 */
record RawCell(double left, double top, double right, double bottom, String text, int page) {

    RawCell shifted(double dy) {
        return new RawCell(left, top + dy, right, bottom + dy, text, page);
    }

    RawCell withTop(double newTop) {
        return new RawCell(left, newTop, right, bottom, text, page);
    }

    RawCell withBottom(double newBottom) {
        return new RawCell(left, top, right, newBottom, text, page);
    }

    RawCell withText(String newText) {
        return new RawCell(left, top, right, bottom, newText, page);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    double centerX() {
        return (left + right) / 2;
    }
}
