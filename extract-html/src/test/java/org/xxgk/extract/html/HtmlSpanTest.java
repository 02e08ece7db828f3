package org.xxgk.extract.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.LimitExceededException;
import org.xxgk.Limits;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TableGrid;
import org.xxgk.source.Provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xxgk.extract.html.HtmlFixtures.grids;
import static org.xxgk.extract.html.HtmlFixtures.html;
import static org.xxgk.extract.html.HtmlFixtures.texts;

/** Span expansion through the occupancy grid, and its limits. */
class HtmlSpanTest {

    private static TableGrid onlyGrid(String markup) {
        List<TableGrid> grids = grids(html(markup));
        assertThat(grids).hasSize(1);
        return grids.get(0);
    }

    @Test
    void rowspanFillsRowsNotReadYet() {
        TableGrid grid = onlyGrid("<table><tr><td rowspan=3>A</td><td colspan=2>B</td></tr>"
                + "<tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>");

        assertThat(texts(grid)).containsExactly(List.of("A", "B", "B"), List.of("A", "1", "2"), List.of("A", "3", ""));
        assertThat(grid.cell(2, 0).spanOrigin()).isFalse();
        assertThat(grid.cell(2, 0).provenance()).isEqualTo(Provenance.cell(0, 1, 1, 1));
        assertThat(grid.cell(2, 1).provenance()).isEqualTo(Provenance.cell(0, 1, 3, 2));
        // the padding of the short last row is a plain empty cell at its own position
        assertThat(grid.cell(2, 2).spanOrigin()).isTrue();
        assertThat(grid.cell(2, 2).provenance()).isEqualTo(Provenance.cell(0, 1, 3, 3));
    }

    @Test
    void spanAttributesAreReadLeniently() {
        TableGrid grid =
                onlyGrid("<table><tr><td colspan=\"2 \">a</td><td colspan=\"\">b</td><td colspan=\"0\">c</td><td"
                        + " colspan=x>d</td></tr><tr><td rowspan=\" 2\">e</td><td"
                        + " rowspan=\"2px\">f</td><td>g</td><td>h</td><td>i</td></tr>"
                        + "<tr><td>j</td><td>k</td><td>l</td></tr></table>");

        assertThat(texts(grid)).containsExactly(
                List.of("a", "a", "b", "c", "d"),
                List.of("e", "f", "g", "h", "i"),
                List.of("e", "f", "j", "k", "l"));
        assertThat(grid.cell(0, 0).colSpan()).isEqualTo(2);
        assertThat(grid.cell(0, 3).colSpan()).isEqualTo(1);
    }

    @Test
    void rowspanZeroAndTooLargeEndWithTheRowGroup() {
        TableGrid grid = onlyGrid("<table><thead><tr><td rowspan=0>H</td><td>h</td></tr><tr><td>h2</td></tr></thead>"
                + "<tbody><tr><td rowspan=65534>B</td><td>1</td></tr><tr><td>2</td></tr></tbody></table>");

        assertThat(texts(grid))
                .containsExactly(List.of("H", "h"), List.of("H", "h2"), List.of("B", "1"), List.of("B", "2"));
        assertThat(grid.cell(0, 0).rowSpan()).isEqualTo(2);
        assertThat(grid.cell(2, 0).rowSpan()).isEqualTo(2);
    }

    @Test
    void overlappingSpansKeepTheFirstCell() {
        TableGrid grid = onlyGrid(
                "<table><tr><td>a</td><td rowspan=2>b</td></tr><tr><td colspan=2>c</td><td>d</td></tr></table>");

        // c starts in the free column 0 and would also cover column 1, which b already holds
        assertThat(texts(grid)).containsExactly(List.of("a", "b", ""), List.of("c", "b", "d"));
        assertThat(grid.cell(1, 1).spanOrigin()).isFalse();
        assertThat(grid.cell(1, 2).provenance()).isEqualTo(Provenance.cell(0, 1, 2, 3));
    }

    @Test
    void rowsComeFromTheTableItselfInRenderingOrder() {
        TableGrid outer = grids(html("<table><tfoot><tr><td>foot</td></tr></tfoot><tbody><tr><td>body</td></tr></tbody>"
                + "<thead><tr><th>head</th></tr></thead></table>")).get(0);
        assertThat(texts(outer)).containsExactly(List.of("head"), List.of("body"), List.of("foot"));
    }

    @Test
    void layoutTableIsReadAsTextAndTheInnerTableAsAGrid() {
        var doc = html("<table><tr><td>标题</td></tr><tr><td><p>前言</p>"
                + "<table><tr><td>指标</td><td>统计数</td></tr><tr><td>收到申请数</td><td>359</td></tr></table>"
                + "<p>后记</p></td><td>旁栏</td></tr></table><table><tr><td>x</td></tr></table>");

        assertThat(doc.blocks()).hasSize(6);
        assertThat(texts(doc)).containsExactly("标题", "前言", "后记", "旁栏");
        List<TableGrid> grids = grids(doc);
        assertThat(grids).extracting(TableGrid::index).containsExactly(1, 2);
        assertThat(texts(grids.get(0))).containsExactly(List.of("指标", "统计数"), List.of("收到申请数", "359"));
        assertThat(doc.blocks().get(2)).isSameAs(grids.get(0));
        assertThat(texts(grids.get(1))).containsExactly(List.of("x"));
    }

    @Test
    void tablesWithoutCellsAreNotGrids() {
        var doc = html("<p>a</p><table></table><table><tr></tr></table><p>b</p><table><tr><td>c</td></tr></table>");

        assertThat(texts(doc)).containsExactly("a", "b");
        assertThat(grids(doc)).singleElement().satisfies(g -> assertThat(g.index()).isEqualTo(1));
    }

    @Test
    void cellsAfterSpanExpansionCountAgainstTheLimit() {
        byte[] page = "<table><tr><td colspan=1000>wide</td></tr><tr><td>a</td></tr></table>"
                .getBytes(StandardCharsets.UTF_8);
        var extractor = new HtmlDocumentExtractor();

        assertThatThrownBy(() -> extractor.extract(
                        page, ExtractionContext.start("wide.html", Limits.DEFAULT.withMaxCells(1500))))
                .isInstanceOf(LimitExceededException.class)
                .satisfies(e ->
                        assertThat(((LimitExceededException) e).reason().code()).isEqualTo("too-many-cells"));
        // 2 rows × 1000 columns (one span and 999 padding cells) fit a limit of 2000
        TableGrid grid = extractor
                .extract(page, ExtractionContext.start("wide.html", Limits.DEFAULT.withMaxCells(2000)))
                .tables()
                .findFirst()
                .orElseThrow();
        assertThat(grid.columnCount()).isEqualTo(1000);
        assertThat(grid.cell(1, 999).text()).isEmpty();
    }

    @Test
    void absurdColspanIsCappedAtTheHtmlLimit() {
        TableGrid grid = onlyGrid("<table><tr><td colspan=99999999999>x</td></tr></table>");

        assertThat(grid.columnCount()).isEqualTo(TableReader.MAX_COLSPAN);
        assertThat(grid.cell(0, 0).colSpan()).isEqualTo(TableReader.MAX_COLSPAN);
    }

    @Test
    void spanValueParsing() {
        assertThat(TableReader.spanValue("2 ", 1)).isEqualTo(2);
        assertThat(TableReader.spanValue(" +3", 1)).isEqualTo(3);
        assertThat(TableReader.spanValue("", 1)).isEqualTo(1);
        assertThat(TableReader.spanValue("abc", 1)).isEqualTo(1);
        assertThat(TableReader.spanValue("0", 1)).isEqualTo(0);
        assertThat(TableReader.spanValue("-2", 1)).isEqualTo(1);
        assertThat(TableReader.spanValue("123456789012345", 1)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aTableIsLayoutOnlyWhenAnInnerTableIsVisibleWhereItStands() {
        String inner = "<table><tr><td>内</td></tr></table>";
        // a hidden inner table: the outer table is data, the hidden text is left out
        var hidden = html("<table><tr><td>外<div style=\"display:none\">" + inner + "</div></td><td>1</td></tr>"
                + "</table>");
        assertThat(grids(hidden)).singleElement()
                .satisfies(g -> assertThat(texts(g)).containsExactly(List.of("外", "1")));

        // a header outside any article is page chrome, so its table does not make the outer one layout
        var chrome = html("<table><caption><header>" + inner + "</header>题</caption><tr><td>1</td></tr></table>");
        assertThat(texts(chrome)).containsExactly("内题");
        assertThat(grids(chrome)).singleElement().satisfies(g -> assertThat(texts(g)).containsExactly(List.of("1")));

        // inside an article the header is content: the outer table is layout and the inner one the grid
        var article = html("<article><table><caption><header>" + inner + "</header>题</caption><tr><td>1</td></tr>"
                + "</table></article>");
        assertThat(texts(article)).containsExactly("题", "1");
        assertThat(grids(article)).singleElement().satisfies(g -> assertThat(texts(g)).containsExactly(List.of("内")));
    }
}
