package org.xxgk.extract.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.LimitExceededException;
import org.xxgk.Limits;
import org.xxgk.extract.Block;
import org.xxgk.extract.Cell;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDocumentExtractorTest {

    private static ExtractedDocument extract(String text, Charset cs) {
        return new TextDocumentExtractor().extract(text.getBytes(cs), ExtractionContext.start("t.txt", Limits.DEFAULT));
    }

    private static ExtractedDocument extract(String text) {
        return extract(text, StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }

    @Test
    void pipeRowsContinuedOverBareBarLinesKeepEmptyCellsInPlace() {
        ExtractedDocument d = extract(String.join("\n",
                "标题",
                "一、本年新收政府信息公开申请数量 | 2 |",
                "|",
                "|",
                "|",
                "|",
                "| 2 | ||",
                "二、上年结转政府信息公开申请数量 | 0 |",
                "|",
                "|",
                "|",
                "|",
                "|",
                "| ||",
                "五、结尾"));
        assertThat(d.blocks()).hasSize(3);
        assertThat(d.blocks().get(0)).isEqualTo(new TextBlock("标题", org.xxgk.source.Provenance.line(1)));
        TableGrid g = (TableGrid) d.blocks().get(1);
        assertThat(g.rowCount()).isEqualTo(2);
        assertThat(texts(g.row(0)).subList(0, 8)).containsExactly("一、本年新收政府信息公开申请数量", "2", "", "", "", "", "", "2");
        assertThat(texts(g.row(1)).subList(0, 8)).containsExactly("二、上年结转政府信息公开申请数量", "0", "", "", "", "", "", "");
        assertThat(g.cell(0, 7).provenance().line()).isEqualTo(7);
        assertThat(g.cell(1, 0).provenance().line()).isEqualTo(8);
    }

    @Test
    void aLongLineWithASeparatorSeldomIsTextAndOneWithOneInEveryCellIsARow() {
        // a page copied on one line: its footer's 网站地图 | 联系我们 is no table's, nor a stray tab
        String page = "首页 政务公开 " + "本机关认真贯彻落实政府信息公开条例。".repeat(40) + " 网站地图 | 联系我们 | 使用帮助";
        assertThat(extract(page).blocks()).singleElement().isInstanceOf(TextBlock.class);
        assertThat(extract(page.replace(" | ", "\t")).blocks()).singleElement().isInstanceOf(TextBlock.class);
        // as long, but a table flattened to one line: a separator every few characters
        String table = "本年新收 | 4 | 0 | 0 | 0 | 0 | 0 | 4 | ".repeat(20);
        assertThat(table.length()).isGreaterThan(500);
        assertThat(extract(table).blocks()).singleElement().isInstanceOf(TableGrid.class);
        // a short line with a separator stays a row, as it always was
        assertThat(extract("行政许可 | 0 |").blocks()).singleElement().isInstanceOf(TableGrid.class);
    }

    @Test
    void oneCellPerLinePipeRunIsAOneColumnGridWithItsEmptyCells() {
        ExtractedDocument d = extract("统 计 指 标 |\n单位 |\n统计数 |\n一、主动公开情况 |\n—— |\n|\n(一)主动公开政府信息数 |\n条 |\n134 |\n");
        TableGrid g = (TableGrid) d.blocks().get(0);
        assertThat(g.columnCount()).isEqualTo(1);
        assertThat(g.rows().stream().map(r -> r.get(0).text()).toList())
                .containsExactly("统 计 指 标", "单位", "统计数", "一、主动公开情况", "——", "", "(一)主动公开政府信息数", "条", "134");
    }

    @Test
    void aNavigationBarBeforeCellLinesIsAGridApart() {
        // a crawler's copy: the page's navigation bar, then a table written one |-ended cell a line
        ExtractedDocument d = extract("首页 | 政务公开 | 网上办事 |\n统 计 指 标 |\n单位 |\n统计数 |\n一、主动公开情况 |\n—— |\n|\n"
                + "(一)主动公开政府信息数 |\n条 |\n134 |\n");
        assertThat(d.blocks()).hasSize(2);
        assertThat(texts(((TableGrid) d.blocks().get(0)).row(0))).containsExactly("首页", "政务公开", "网上办事");
        TableGrid cells = (TableGrid) d.blocks().get(1);
        assertThat(cells.columnCount()).isEqualTo(1);
        assertThat(cells.rows().stream().map(r -> r.get(0).text()).toList())
                .containsExactly("统 计 指 标", "单位", "统计数", "一、主动公开情况", "——", "", "(一)主动公开政府信息数", "条", "134");
    }

    @Test
    void barLinesThatContinueARowStayItsCellsHoweverMany() {
        // a row whose cells each went on a line of their own, each line starting with |: no cell sequence
        ExtractedDocument d = extract("一、本年新收政府信息公开申请数量 | 2 |\n" + "|\n".repeat(9) + "| 2 | |\n二、上年结转 | 0 |\n");
        TableGrid g = (TableGrid) d.blocks().get(0);
        assertThat(d.blocks()).hasSize(1);
        assertThat(g.rowCount()).isEqualTo(2);
        assertThat(g.row(0).get(0).text()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(g.row(0).get(1).text()).isEqualTo("2");
        assertThat(g.row(1).get(0).text()).isEqualTo("二、上年结转");
    }

    @Test
    void html2textCellsOnLinesOfTheirOwnAreRowsOfAGrid() {
        // a Word page's table as html2text writes it: a bare | between two cells, a long cell wrapped (201 / 0年度), an
        // empty cell between two bars, a separator row after the first; the row ends where no bar follows its cell
        ExtractedDocument d = extract("表头\n\n指标名称\n\n|\n\n计量单位\n\n|\n\n201  \n0年度\n\n|\n\n历年累计  \n  \n"
                + "---|---|---|---  \n  \n其中：1.网站  \n公开\n\n|\n\n条\n\n|\n\n  \n\n|\n\n2082  \n  \n说明文字\n");
        assertThat(d.blocks()).hasSize(3);
        TableGrid g = (TableGrid) d.blocks().get(1);
        assertThat(g.rows().stream().map(TextDocumentExtractorTest::texts).toList()).containsExactly(
                List.of("指标名称", "计量单位", "2010年度", "历年累计"), List.of("其中：1.网站公开", "条", "", "2082"));
        assertThat(((TextBlock) d.blocks().get(2)).text()).isEqualTo("说明文字");
    }

    @Test
    void html2textsEmptyLastCellEndsItsRow() {
        // an empty cell is a line of white space; the last one's is followed by the row-end mark, a line of white space
        // right above the next row's first cell: 2.网上申请数 | 条 | 3 | (empty) / 3.信函申请数 | 条 | 0 | 1
        ExtractedDocument d = extract("2.网上申请数\n\n|\n\n条\n\n|\n\n  \n\n|\n\n3\n\n|\n\n  \n  \n"
                + "3.信函申请数\n\n|\n\n条\n\n|\n\n0\n\n|\n\n1  \n  \n说明文字\n");
        TableGrid g = (TableGrid) d.blocks().get(0);
        assertThat(g.rows().stream().map(TextDocumentExtractorTest::texts).toList()).containsExactly(
                List.of("2.网上申请数", "条", "", "3", ""), List.of("3.信函申请数", "条", "0", "1", ""));
        assertThat(((TextBlock) d.blocks().get(1)).text()).isEqualTo("说明文字");
    }

    @Test
    void html2textsRowALineEndsWithAnEmptyCellAfterItsLastBar() {
        // html2text writes no outer bars: 性收费| 57|   is a row whose last cell is empty
        ExtractedDocument d = extract("信息内容| 上一年项目数量| 本年增/减  \n---|---|---  \n行政事业性收费| 57|   \n");
        TableGrid html2text = (TableGrid) d.blocks().get(0);
        assertThat(texts(html2text.row(1))).containsExactly("行政事业性收费", "57", "");
        // a cell printed, not the grid's padding (of line 0)
        assertThat(html2text.row(1).get(2).provenance().line()).isEqualTo(3);
    }

    @Test
    void linesWithoutABlankOneAreNotSearchedForAWrappedCellsEnd() {
        // every line of text asks whether it opens an html2text row; a cell's lines are looked at up to a bound, so
        // 150,000 lines without a blank one take a moment, not the limit's 20 s (all of them, each: hours)
        String text = "第1行\n".repeat(150_000);
        ExtractedDocument d = new TextDocumentExtractor().extract(text.getBytes(StandardCharsets.UTF_8),
                ExtractionContext.start("t.txt", Limits.DEFAULT.withMaxTime(Duration.ofSeconds(20))));
        assertThat(d.blocks()).hasSize(150_000);
    }

    @Test
    void aBrokenFirstCellStartsTheRowBelowIt() {
        // html2text writes a cell's <br> as a line break: 3.信函、 / 传真申请数| 条| 0| 1
        ExtractedDocument d = extract("指标名称| 计量单位| 本年| 累计  \n---|---|---|---  \n2.网上申请数| 条| 3| 4  \n3.信函、  \n"
                + "传真申请数| 条| 0| 1  \n");
        TableGrid g = (TableGrid) d.blocks().get(0);
        assertThat(d.blocks()).hasSize(1);
        // the separator row is no row
        assertThat(g.rowCount()).isEqualTo(3);
        assertThat(g.row(2).get(0).text().replace(" ", "")).isEqualTo("3.信函、传真申请数");
        assertThat(texts(g.row(2)).subList(1, 4)).containsExactly("条", "0", "1");
    }

    @Test
    void tabRowsWithLeadingEmptyCellsAndABlankLineInside() {
        ExtractedDocument d = extract("表头\n\t\t自然人\t总计\n7.属于行政执法\t\t0\t0\n\n\t\t案卷\t\n结尾\n");
        assertThat(d.blocks()).hasSize(3);
        TableGrid g = (TableGrid) d.blocks().get(1);
        assertThat(g.rowCount()).isEqualTo(3);
        assertThat(texts(g.row(0))).containsExactly("", "", "自然人", "总计");
        assertThat(texts(g.row(1))).containsExactly("7.属于行政执法", "", "0", "0");
        assertThat(texts(g.row(2))).containsExactly("", "", "案卷", "");
        assertThat(g.cell(2, 2).provenance().line()).isEqualTo(5);
    }

    @Test
    void anEscapedBarIsTheCellsText() {
        // pandoc escapes a bar that a cell prints: | 首页 \| 政务公开 | 1 |
        ExtractedDocument d = extract("| 栏目 | 数 |\n|---|---|\n| 首页 \\| 政务公开 | 1 |\n| 尾 \\| |\n");
        TableGrid g = (TableGrid) d.blocks().get(0);
        assertThat(g.rows().stream().map(r -> r.stream().map(c -> c.text()).toList()).toList()).containsExactly(
                List.of("栏目", "数"), List.of("首页 | 政务公开", "1"), List.of("尾 |", ""));
    }

    @Test
    void markdownTableWithARowLabelOnItsOwnLine() {
        ExtractedDocument d = extract(String.join("\n",
                "| 信息内容 | 本年新制作数量 | 本年新公开数量 |",
                "|---|:---:|---|",
                "规章",
                "| | 1 | 2 |",
                "| 规范性文件 | 3 | 4 |",
                "",
                "正文"));
        assertThat(d.blocks()).hasSize(2);
        TableGrid g = (TableGrid) d.blocks().get(0);
        assertThat(g.rows().stream().map(TextDocumentExtractorTest::texts).toList()).containsExactly(
                List.of("信息内容", "本年新制作数量", "本年新公开数量"),
                List.of("规章", "", ""),
                List.of("", "1", "2"),
                List.of("规范性文件", "3", "4"));
        assertThat(((TextBlock) d.blocks().get(1)).text()).isEqualTo("正文");
    }

    @Test
    void gbkTextIsDecoded() {
        ExtractedDocument d = extract("政府信息公开情况统计表\n单位\t统计数\n", Charset.forName("GBK"));
        assertThat(d.blocks()).first().isEqualTo(new TextBlock("政府信息公开情况统计表", org.xxgk.source.Provenance.line(1)));
        assertThat(texts(((TableGrid) d.blocks().get(1)).row(0))).containsExactly("单位", "统计数");
    }

    @Test
    void utf8BomIsDropped() {
        ExtractedDocument d = extract("\uFEFF报告标题\n");
        assertThat(d.blocks()).extracting(b -> ((TextBlock) b).text()).containsExactly("报告标题");
    }

    @Test
    void cellLimitIsEnforced() {
        String row = "a\tb\tc\td\te\n";
        byte[] bytes = row.repeat(30).getBytes(StandardCharsets.UTF_8);
        ExtractionContext small = ExtractionContext.start("big.txt", Limits.DEFAULT.withMaxCells(100));
        assertThatThrownBy(() -> new TextDocumentExtractor().extract(bytes, small))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("100");
    }

    @Test
    void everyBlockHasALine() {
        ExtractedDocument d = extract("一\n\n二 | 三 |\n四\t五\n");
        for (Block b : d.blocks()) assertThat(b.provenance().line()).isPositive();
    }
}
