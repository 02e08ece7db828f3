package org.xxgk.interpret;

/**
 * The rows, first to last inclusive, that a table reader used; of the first row, the labels from {@code firstLabel}
 * on (a page copied on one line runs its title and prose into the row where the table starts).
 */
record TableRange(int first, int last, int firstLabel) {
    TableRange(int first, int last) {
        this(first, last, 0);
    }

    boolean contains(int row) {
        return row >= first && row <= last;
    }

    /** How many labels of {@code row} come before the table: the prose's. */
    int labelsBefore(int row) {
        return row == first ? firstLabel : 0;
    }
}
