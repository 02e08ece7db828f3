package org.xxgk.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.TableGrid;
import org.xxgk.interpret.ReportVocabulary;
import technology.tabula.Cell;
import technology.tabula.Ruling;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Tables as chromium prints a {@code border="1"} table (each cell in a box of its own, so rules come doubled) and as
 * it breaks them over pages; PrintedPagesPropertyTest (examples) prints whole pages, these are the shapes alone.
 */
class DoubledRulesTest {

    private static Ruling h(double y, double left, double right) {
        return new Ruling(new Point2D.Double(left, y), new Point2D.Double(right, y));
    }

    private static Ruling v(double x, double top, double bottom) {
        return new Ruling(new Point2D.Double(x, top), new Point2D.Double(x, bottom));
    }

    /** Two rows of three cells; the rule between them broken at the doubled verticals x = 100/103 and 200/203. */
    private static List<Ruling> brokenRule() {
        return List.of(h(0, 0, 300), h(40, 0, 100), h(40, 103, 200), h(40, 203, 300), h(80, 0, 300));
    }

    private static List<Ruling> verticals() {
        return List.of(v(0, 0, 80), v(100, 0, 80), v(103, 0, 80), v(200, 0, 80), v(203, 0, 80), v(300, 0, 80));
    }

    private static long cellsBelow(List<Cell> cells, double y) {
        return cells.stream().filter(c -> Math.abs(c.getTop() - y) < 0.5 && c.getWidth() > 10).count();
    }

    @Test
    void piecesOfOneRuleAreJoinedSoThatTabulaSeesTheRowBoundary() {
        // Tabula's sweep keys rules by height: a piece starting before the last one ended replaces it, both are lost
        List<Cell> raw = SpreadsheetExtractionAlgorithm.findCells(brokenRule(), verticals());
        assertThat(cellsBelow(raw, 40)).as("Tabula alone").isLessThan(3);
        List<Ruling> joined = RuledTables.joined(brokenRule());
        assertThat(joined).filteredOn(r -> r.getTop() == 40).singleElement()
                .satisfies(r -> assertThat(r.getLeft()).isZero())
                .satisfies(r -> assertThat(r.getRight()).isEqualTo(300));
        assertThat(cellsBelow(SpreadsheetExtractionAlgorithm.findCells(joined, verticals()), 40)).isEqualTo(3);
    }

    @Test
    void piecesFarApartOrAtOtherHeightsStayApart() {
        List<Ruling> apart = List.of(h(40, 0, 100), h(40, 120, 200), h(43, 200, 300));
        assertThat(RuledTables.joined(apart)).hasSize(3);
    }

    @Test
    void aSliverBetweenDoubledVerticalsIsNoColumn() {
        // label | sliver 3.5 pt wide | value, as the cells between chromium's doubled rules come
        List<RawCell> cells = List.of(
                new RawCell(0, 0, 100, 20, "二、上年结转政府信息公开申请数量", 1),
                new RawCell(100, 0, 103.5, 20, "", 1),
                new RawCell(103.5, 0, 140, 20, "7", 1),
                new RawCell(0, 23.5, 103.5, 43.5, "（一）予以公开", 1),
                new RawCell(103.5, 23.5, 140, 43.5, "5", 1));
        TableGrid grid = GridBuilder.build(1, cells);
        assertThat(grid.columnCount()).isEqualTo(2);
        assertThat(grid.rows()).hasSize(2);
        assertThat(grid.rows().get(0).get(1).text()).isEqualTo("7");
    }

    private static TablePart part(int page, List<RawCell> cells) {
        double top = cells.stream().mapToDouble(RawCell::top).min().orElseThrow();
        double bottom = cells.stream().mapToDouble(RawCell::bottom).max().orElseThrow();
        return new TablePart(page, new Area(0, top, 300, bottom), cells, true, false);
    }

    private static List<List<String>> joined(TablePart... parts) {
        TableGrid grid = GridBuilder.build(1, TableJoiner.join(List.of(parts), ReportVocabulary.INSTANCE));
        List<List<String>> rows = new ArrayList<>();
        for (var row : grid.rows()) rows.add(row.stream().map(c -> c.spanOrigin() ? c.text() : "^").toList());
        return rows;
    }

    @Test
    void aRowPrintingANumberAtTheTopOfAPageIsARowOfItsOwn() {
        // page 1 ends with 2.网上申请数 (year blank, total 0); page 2 starts with 3.信函申请数 (year 0, total blank)
        TablePart first = part(1, List.of(
                new RawCell(0, 700, 100, 720, "1.当面申请数", 1), new RawCell(100, 700, 200, 720, "3", 1),
                new RawCell(200, 700, 300, 720, "5", 1),
                new RawCell(0, 720, 100, 740, "2.网上申请数", 1), new RawCell(100, 720, 200, 740, "", 1),
                new RawCell(200, 720, 300, 740, "0", 1)));
        TablePart second = part(2, List.of(
                new RawCell(0, 30, 100, 50, "3.信函申请数", 2), new RawCell(100, 30, 200, 50, "0", 2),
                new RawCell(200, 30, 300, 50, "", 2)));
        assertThat(joined(first, second)).containsExactly(
                List.of("1.当面申请数", "3", "5"), List.of("2.网上申请数", "", "0"), List.of("3.信函申请数", "0", ""));
    }

    @Test
    void aNumberedLabelAtTheTopOfAPageIsARowOfItsOwn() {
        // page 1 ends with 二、上年结转… and its values; page 2 starts with 三、本年度办理结果, a heading row left blank
        TablePart first = part(1, List.of(
                new RawCell(0, 720, 100, 740, "二、上年结转政府信息公开申请数量", 1), new RawCell(100, 720, 200, 740, "0", 1),
                new RawCell(200, 720, 300, 740, "0", 1)));
        TablePart second = part(2, List.of(
                new RawCell(0, 30, 100, 50, "三、本年度办理结果", 2), new RawCell(100, 30, 200, 50, "", 2),
                new RawCell(200, 30, 300, 50, "", 2),
                new RawCell(0, 50, 100, 70, "（一）予以公开", 2), new RawCell(100, 50, 200, 70, "1", 2),
                new RawCell(200, 50, 300, 70, "1", 2)));
        assertThat(joined(first, second)).containsExactly(List.of("二、上年结转政府信息公开申请数量", "0", "0"),
                List.of("三、本年度办理结果", "", ""), List.of("（一）予以公开", "1", "1"));
    }

    @Test
    void theEndOfARowSplitByThePageBreakStillJoinsIt() {
        // page 1 ends with 7.属于行政执法 and its numbers; page 2 starts with 案卷 alone
        TablePart first = part(1, List.of(
                new RawCell(0, 720, 100, 740, "7.属于行政执法", 1), new RawCell(100, 720, 200, 740, "0", 1),
                new RawCell(200, 720, 300, 740, "0", 1)));
        TablePart second = part(2, List.of(
                new RawCell(0, 30, 100, 50, "案卷", 2), new RawCell(100, 30, 200, 50, "", 2),
                new RawCell(200, 30, 300, 50, "", 2),
                new RawCell(0, 50, 100, 70, "8.属于行政查询事项", 2), new RawCell(100, 50, 200, 70, "1", 2),
                new RawCell(200, 50, 300, 70, "1", 2)));
        assertThat(joined(first, second)).containsExactly(
                List.of("7.属于行政执法案卷", "0", "0"), List.of("8.属于行政查询事项", "1", "1"));
    }

    @Test
    void aValueLeftBlankUnderAHeaderSpanningTwoRowsIsNotTheRestOfIt() {
        // page 1 ends with the header: 结果维持 and 结果纠正 span its two rows, 总计 beside them; page 2 starts with
        // the values, 结果纠正's left blank
        TablePart first = part(1, List.of(
                new RawCell(0, 680, 300, 700, "行政复议", 1),
                new RawCell(0, 700, 100, 740, "结果维持", 1), new RawCell(100, 700, 200, 740, "结果纠正", 1),
                new RawCell(200, 700, 300, 720, "合计", 1), new RawCell(200, 720, 300, 740, "总计", 1)));
        TablePart second = part(2, List.of(
                new RawCell(0, 30, 100, 50, "9", 2), new RawCell(100, 30, 200, 50, "", 2),
                new RawCell(200, 30, 300, 50, "9", 2)));
        List<List<String>> rows = joined(first, second);
        assertThat(rows.get(rows.size() - 1)).containsExactly("9", "", "9");
    }

    @Test
    void aBlankAtTheTopOfAPageUnderALabelSpanningRowsIsItsRest() {
        // 三、本年度办理结果 spans the result rows down to the seam; on page 2 its column goes on blank beside values
        TablePart first = part(1, List.of(
                new RawCell(0, 680, 100, 740, "三、本年度办理结果", 1),
                new RawCell(100, 680, 200, 710, "（一）予以公开", 1), new RawCell(200, 680, 300, 710, "4", 1),
                new RawCell(100, 710, 200, 740, "（二）部分公开", 1), new RawCell(200, 710, 300, 740, "1", 1)));
        TablePart second = part(2, List.of(
                new RawCell(0, 30, 100, 60, "", 2),
                new RawCell(100, 30, 200, 60, "（七）总计", 2), new RawCell(200, 30, 300, 60, "5", 2)));
        List<List<String>> rows = joined(first, second);
        assertThat(rows.get(rows.size() - 1)).containsExactly("^", "（七）总计", "5");
    }
}
