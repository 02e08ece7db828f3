package org.xxgk.interpret;

/**
 * The rows, first to last inclusive, that a table reader used; of the first row, the labels from {@code firstLabel}
 * on, that one from its character {@code firstChar} (a page copied on one line runs its title and prose into the row
 * where the table starts, or into the label that starts it).
 */
record TableRange(int first, int last, int firstLabel, int firstChar) {
    TableRange(int first, int last) {
        this(first, last, 0, 0);
    }

    boolean contains(int row) {
        return row >= first && row <= last;
    }
}
