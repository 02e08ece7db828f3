package org.xxgk.extract.pdf;

/** A rectangle in page space (points, y growing downwards, as Tabula reports it). */
record Area(double left, double top, double right, double bottom) {

    boolean contains(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    boolean contains(Glyph g) {
        return contains(g.centerX(), g.centerY());
    }

    double width() {
        return right - left;
    }

    Area shifted(double dy) {
        return new Area(left, top + dy, right, bottom + dy);
    }
}
