package org.xxgk.interpret;

/** The rows, first to last inclusive, that a table reader used. */
record TableRange(int first, int last) {
    boolean contains(int row) {
        return row >= first && row <= last;
    }
}
