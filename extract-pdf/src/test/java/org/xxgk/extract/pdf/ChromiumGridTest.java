package org.xxgk.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.Limits;
import org.xxgk.extract.Cell;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;

/**
 * The grids read from pages printed by headless Chromium ({@code derived/chromium/}, and the two
 * pages of {@code chromium-split/}): every glyph a Type 3 font, tables broken over pages anywhere,
 * with no header repeated and, where the break falls, no rule drawn.
 */
class ChromiumGridTest {

    private static ExtractedDocument extract(String resource) {
        try (InputStream in = ChromiumGridTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return Fixtures.extract(in.readAllBytes(), resource, Limits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExtractedDocument print(String id) {
        return extract("/derived/chromium/" + id + ".pdf");
    }

    /** The grid whose first row starts with {@code firstCell} (compared without spaces). */
    private static TableGrid table(ExtractedDocument d, String firstCell) {
        return Fixtures.tables(d).stream()
                .filter(t -> Text.compact(t.cell(0, 0).text()).startsWith(firstCell))
                .findFirst()
                .orElseThrow(() -> new AssertionError(d.source() + ": no table starting with " + firstCell));
    }

    private static int rowOf(TableGrid t, int column, String text) {
        for (int r = 0; r < t.rowCount(); r++) {
            if (Text.compact(t.cell(r, column).text()).equals(text)) return r;
        }
        throw new AssertionError("no row with " + text + " in column " + column);
    }

    @ParameterizedTest(name = "chromium/{0}.pdf")
    @ValueSource(strings = {"000", "blank-org"})
    void rowPrintedAtTheTopOfTheNextPageWithNoRuleAboveItIsRead(String id) {
        // page 4 goes on with 三(五)3 under no rule: its row and the group labels spanning the break are there
        TableGrid t = table(print(id), "(本列数据的勾稽关系");

        assertThat(t.rowCount()).isEqualTo(26);
        assertThat(t.columnCount()).isEqualTo(10);
        int row = rowOf(t, 2, "3.要求提供公开出版物");
        assertThat(t.cell(row, 2).provenance().page()).isEqualTo(4);
        assertThat(Text.compact(t.cell(row - 1, 2).text())).isEqualTo("2.重复申请");
        assertThat(t.cell(row, 3).text()).isEqualTo("0");
        assertThat(t.cell(row, 9).text()).isEqualTo("0");
        Cell refused = t.cell(row - 2, 1);
        assertThat(Text.compact(refused.text())).isEqualTo("(五)不予处理");
        assertThat(refused.rowSpan()).isEqualTo(5);
        assertThat(Text.compact(t.cell(row, 1).text())).isEqualTo("(五)不予处理");
        assertThat(t.cell(5, 0).rowSpan()).isEqualTo(20);
        assertThat(Text.compact(t.cell(25, 0).text())).isEqualTo("四、结转下年度继续办理");
    }

    @Test
    void glyphsOfType3FontsAreNotReadAsRules() {
        // a Type 3 glyph is drawn by a little content stream; the straight strokes of 中, 申 or 目 are not table rules
        ExtractedDocument d = print("000");

        assertThat(Fixtures.tables(d)).hasSize(3);
        List<String> prose = d.textBlocks().map(TextBlock::text).toList();
        assertThat(prose).anyMatch(s -> s.startsWith("根据《中华人民共和国政府信息公开条例》"));
        assertThat(prose).contains("三、收到和处理政府信息公开申请情况", "(二)依申请公开情况");
    }

    @Test
    void pageBackgroundIsNotATable() {
        // 001's page background is one filled box: its edges are no table around the report
        ExtractedDocument d = print("001");
        List<String> prose = d.textBlocks().map(TextBlock::text).toList();

        assertThat(prose).contains("绵阳市机关事务管理局 2022年政府信息公开工作年度报告", "一、总体情况");
        TableGrid active = table(d, "第二十条第(一)项");
        assertThat(active.rowCount()).isEqualTo(14);
        int rules = rowOf(active, 0, "行政规范性文件");
        assertThat(active.cell(rules - 1, 0).provenance().page()).isEqualTo(1);
        assertThat(active.cell(rules, 0).provenance().page()).isEqualTo(2);
        assertThat(texts(active.row(rules))).containsExactly("行政规范性文件", "0", "0", "0");
    }

    @Test
    void headerBrokenBetweenItsRowsIsOneHeader() {
        // 001: 行政复议 / 行政诉讼 on page 2, the rest of the review header and its values on page 3
        TableGrid review = table(print("001"), "行政复议");

        assertThat(review.rowCount()).isEqualTo(4);
        assertThat(review.columnCount()).isEqualTo(15);
        assertThat(review.cell(0, 0).provenance().page()).isEqualTo(2);
        assertThat(review.cell(1, 0).provenance().page()).isEqualTo(3);
        assertThat(texts(review.row(2).subList(5, 10))).containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(texts(review.row(3))).hasSize(15).containsOnly("0");

        // 003: 自然人 and 法人或其他组织 on page 2, 商业企业 … on page 3; 自然人 and 总计 span both header rows
        TableGrid t = table(print("003"), "(本列数据的勾稽关系");
        assertThat(t.cell(2, 4).provenance().page()).isEqualTo(3);
        assertThat(texts(t.row(2).subList(3, 10)))
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(t.cell(1, 3).rowSpan()).isEqualTo(2);
        assertThat(t.cell(1, 9).rowSpan()).isEqualTo(2);
        int fifth = rowOf(t, 2, "5.要求行政机关确认或重新出具已获取信息");
        assertThat(t.cell(fifth, 3).text()).isEqualTo("0");
    }

    @ParameterizedTest(name = "chromium-split/{0}.pdf")
    @ValueSource(strings = {"values-first", "values-after"})
    void rowBrokenByThePageBreakIsOneRow(String id) {
        TableGrid t = Fixtures.tables(extract("/chromium-split/" + id + ".pdf")).get(0);

        assertThat(t.rowCount()).isEqualTo(41);
        assertThat(t.columnCount()).isEqualTo(3);
        String label = Text.compact(t.cell(31, 0).text());
        assertThat(label).startsWith("30.分页处折断的一行").endsWith("长到表格在它中间换页;");
        assertThat(label).hasSize("30.分页处折断的一行".length() + 40 * "这一行的标签很长,长到表格在它中间换页;".length());
        assertThat(texts(t.row(31).subList(1, 3))).containsExactly("30", "60");
        assertThat(texts(t.row(32))).containsExactly("31.事项", "31", "62");
        assertThat(t.cell(32, 0).provenance().page()).isEqualTo(2);
    }

    private static List<String> texts(List<Cell> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (Cell c : cells) out.add(Text.compact(c.text()));
        return out;
    }
}
