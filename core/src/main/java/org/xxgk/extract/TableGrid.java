package org.xxgk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xxgk.source.Provenance;

/**
 * A rectangular table after rowspan and colspan are expanded. Rows shorter than the widest are
 * padded with empty cells by the constructor, so {@link #cell(int, int)} is defined everywhere.
 *
 * @param index      1-based index of the table in its document
 * @param rows       the rows, top to bottom, each left to right
 * @param provenance where the table starts (page, table index)
 */
public record TableGrid(int index, List<List<Cell>> rows, Provenance provenance) implements Block {

    public TableGrid {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(provenance, "provenance");
        int width = 0;
        for (List<Cell> row : rows) width = Math.max(width, row.size());
        List<List<Cell>> copy = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = new ArrayList<>(rows.get(r));
            for (int c = row.size(); c < width; c++) {
                row.add(Cell.of("", new Provenance(provenance.page(), index, r + 1, c + 1, 0)));
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return rows.isEmpty() ? 0 : rows.get(0).size();
    }

    /** The cell at a 0-based row and column. */
    public Cell cell(int row, int column) {
        return rows.get(row).get(column);
    }

    public List<Cell> row(int row) {
        return rows.get(row);
    }
}
