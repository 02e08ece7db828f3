package org.xxgk.extract.pdf;

/**
 * A table cell as drawn, before spans are expanded: its box (y may be shifted into the coordinates
 * of a table joined over pages), its text and its page.
 *
 * @param openBelow whether no rule was printed under the cell at the bottom of its table: the cell
 *                  goes on at the top of the table's continuation on the next page
 */
record RawCell(double left, double top, double right, double bottom, String text, int page, boolean openBelow) {

    RawCell(double left, double top, double right, double bottom, String text, int page) {
        this(left, top, right, bottom, text, page, false);
    }

    RawCell shifted(double dy) {
        return new RawCell(left, top + dy, right, bottom + dy, text, page, openBelow);
    }

    RawCell withTop(double newTop) {
        return new RawCell(left, newTop, right, bottom, text, page, openBelow);
    }

    /** The cell extended down over {@code below}, the rest of it on the next page. */
    RawCell through(RawCell below) {
        return new RawCell(left, top, right, below.bottom, text, page, below.openBelow);
    }

    RawCell withText(String newText) {
        return new RawCell(left, top, right, bottom, newText, page, openBelow);
    }

    RawCell withOpenBelow(boolean open) {
        return new RawCell(left, top, right, bottom, text, page, open);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    double centerX() {
        return (left + right) / 2;
    }
}
