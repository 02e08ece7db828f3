package org.xxgk.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.Cell;
import org.xxgk.extract.TableGrid;
import org.xxgk.interpret.ReportVocabulary;

/**
 * A table's row broken by a page after its numbering ({@code 2.} at the foot of one page, the rest of its label and
 * its numbers at the top of the next, as wkhtmltopdf breaks a wrapped cell): one row; the shapes alone, the print is
 * OtherProducersTest's.
 */
class SplitRowTest {

    /** A row of three ruled cells 40 wide and 10 high at {@code top}. */
    private static List<RawCell> row(double top, int page, String label, String unit, String value) {
        return List.of(
                new RawCell(0, top, 40, top + 10, label, page),
                new RawCell(40, top, 80, top + 10, unit, page),
                new RawCell(80, top, 120, top + 10, value, page));
    }

    private static TablePart part(int page, List<List<RawCell>> rows) {
        List<RawCell> cells = new ArrayList<>();
        rows.forEach(cells::addAll);
        double bottom = cells.stream().mapToDouble(RawCell::bottom).max().orElseThrow();
        return new TablePart(page, new Area(0, 0, 120, bottom), cells, true, false);
    }

    private static List<List<String>> joined(List<RawCell> lastRowAbove, List<RawCell> firstRowBelow) {
        TablePart first = part(1, List.of(row(0, 1, "指标", "单位", "统计数"), row(10, 1, "1.当面申请数", "件", "5"),
                lastRowAbove));
        TablePart next = part(2, List.of(firstRowBelow, row(10, 2, "3.信函申请数", "件", "9")));
        TableGrid grid = GridBuilder.build(1, TableJoiner.join(List.of(first, next), ReportVocabulary.INSTANCE));
        List<List<String>> out = new ArrayList<>();
        for (List<Cell> r : grid.rows()) out.add(r.stream().map(Cell::text).toList());
        return out;
    }

    @Test
    void aNumberingAloneAboveTheSeamTakesTheRestOfItsRow() {
        assertThat(joined(row(20, 1, "2.", "", ""), row(0, 2, "传真申请数", "件", "7"))).containsExactly(
                List.of("指标", "单位", "统计数"),
                List.of("1.当面申请数", "件", "5"),
                List.of("2.传真申请数", "件", "7"),
                List.of("3.信函申请数", "件", "9"));
    }

    @Test
    void aFigureAloneAboveTheSeamIsARowOfItsOwn() {
        // 2. in the value column is a value: the text under it is no rest of it
        assertThat(joined(row(20, 1, "", "", "2."), row(0, 2, "", "", "(见附注)"))).hasSize(5);
    }
}
