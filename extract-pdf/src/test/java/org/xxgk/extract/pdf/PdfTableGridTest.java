package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.Cell;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;

import static org.assertj.core.api.Assertions.assertThat;

/** The grids rebuilt from the fixture PDFs, checked against what the pages show. */
class PdfTableGridTest {

    private static final ExtractedDocument R000 = Fixtures.extract("000");
    private static final ExtractedDocument R001 = Fixtures.extract("001");
    private static final ExtractedDocument R002 = Fixtures.extract("002");
    private static final ExtractedDocument R003 = Fixtures.extract("003");
    private static final ExtractedDocument R004 = Fixtures.extract("004");

    @Test
    void rulesReportsHaveTheirThreeTablesInOrder() {
        for (ExtractedDocument d : List.of(R000, R001, R003, R004)) {
            List<TableGrid> tables = Fixtures.tables(d);
            assertThat(tables).as(d.source()).hasSize(3);
            assertThat(tables).extracting(TableGrid::index).containsExactly(1, 2, 3);
            assertThat(Text.compact(tables.get(0).cell(0, 0).text())).isEqualTo("第二十条第(一)项");
            assertThat(Text.compact(tables.get(2).cell(0, 0).text())).isEqualTo("行政复议");
        }
    }

    @Test
    void applicationsTableOf000HasItsMergedHeadersExpanded() {
        TableGrid t = Fixtures.tables(R000).get(1);

        assertThat(t.rowCount()).isEqualTo(26);
        assertThat(t.columnCount()).isEqualTo(10); // 3 label columns (row group, sub-group, item) + 7 applicant columns
        assertThat(t.provenance().page()).isEqualTo(3);
        Cell legend = t.cell(0, 0);
        assertThat(legend.text()).startsWith("(本列数据的勾稽关系为:第一项加第二项之和");
        assertThat(legend.rowSpan()).isEqualTo(3);
        assertThat(legend.colSpan()).isEqualTo(3);
        assertThat(t.cell(2, 2).text()).isEqualTo(legend.text());
        assertThat(t.cell(2, 2).spanOrigin()).isFalse();
        assertThat(t.cell(0, 3).text()).isEqualTo("申请人情况");
        assertThat(t.cell(0, 3).colSpan()).isEqualTo(7);
        // 自然人 spans the two lower header rows; the copy carries its text and the origin's provenance
        Cell person = t.cell(1, 3);
        assertThat(person.text()).isEqualTo("自然人");
        assertThat(person.rowSpan()).isEqualTo(2);
        assertThat(person.spanOrigin()).isTrue();
        assertThat(t.cell(2, 3).text()).isEqualTo("自然人");
        assertThat(t.cell(2, 3).spanOrigin()).isFalse();
        assertThat(t.cell(2, 3).provenance()).isEqualTo(person.provenance());
        assertThat(t.cell(1, 4).text()).isEqualTo("法人或其他组织");
        assertThat(t.cell(1, 4).colSpan()).isEqualTo(5);
        assertThat(texts(t.row(2).subList(4, 10))).containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(t.cell(1, 9).text()).isEqualTo("总计");
        // 一、本年新收: 自然人 4 … 总计 4
        assertThat(t.cell(3, 0).text()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(texts(t.row(3).subList(3, 10))).containsExactly("4", "0", "0", "0", "0", "0", "4");
        assertThat(t.cell(3, 3).provenance()).isEqualTo(org.xxgk.source.Provenance.cell(3, 2, 4, 4));
        Cell outcome = t.cell(5, 0);
        assertThat(outcome.text()).isEqualTo("三、本年度办理结果");
        assertThat(outcome.rowSpan()).isEqualTo(20);
        assertThat(t.cell(24, 0).text()).isEqualTo("三、本年度办理结果");
        assertThat(t.cell(25, 0).text()).isEqualTo("四、结转下年度继续办理");
    }

    @Test
    void applicationsTableOf004IsJoinedAcrossThePageBreakInsideARow() {
        List<TableGrid> tables = Fixtures.tables(R004);
        TableGrid t = tables.get(1);

        assertThat(t.rowCount()).isEqualTo(26);
        assertThat(t.columnCount()).isEqualTo(10);
        List<String> items = new ArrayList<>();
        for (List<Cell> row : t.rows()) items.add(Text.compact(row.get(2).text()));
        int split = items.indexOf("7.属于行政执法案卷");
        assertThat(split).isEqualTo(13);
        assertThat(items.get(split + 1)).isEqualTo("8.属于行政查询事项");
        assertThat(items).doesNotContain("案卷", "7.属于行政执法");
        assertThat(texts(t.row(split).subList(3, 10))).containsOnly("0").hasSize(7);
        assertThat(t.cell(split, 2).provenance().page()).isEqualTo(3);
        assertThat(t.cell(split + 1, 2).provenance().page()).isEqualTo(4);
        // the row-group labels go on over the page break
        assertThat(t.cell(5, 0).rowSpan()).isEqualTo(20);
        assertThat(t.cell(split + 1, 0).text()).isEqualTo("三、本年度办理结果");
        Cell refused = t.cell(7, 1);
        assertThat(Text.compact(refused.text())).isEqualTo("(三)不予公开");
        assertThat(refused.rowSpan()).isEqualTo(8);
        assertThat(Text.compact(t.cell(split + 1, 1).text())).isEqualTo("(三)不予公开");
        assertThat(Text.compact(t.cell(split + 2, 1).text())).isEqualTo("(四)无法提供");
        assertThat(t.cell(25, 0).text()).isEqualTo("四、结转下年度继续办理");
        assertThat(t.cell(25, 0).provenance().page()).isEqualTo(4);
        // the active-disclosure table's last row (政府集中采购, page 3) joins its table too
        TableGrid active = tables.get(0);
        assertThat(active.cell(active.rowCount() - 1, 0).text()).isEqualTo("政府集中采购");
        assertThat(active.cell(active.rowCount() - 1, 0).provenance().page()).isEqualTo(3);
        assertThat(active.provenance().page()).isEqualTo(2);
    }

    @Test
    void reviewTableOf004KeepsItsSixteenthColumn() {
        TableGrid t = Fixtures.tables(R004).get(2);

        assertThat(t.columnCount()).isEqualTo(16);
        assertThat(t.cell(0, 15).text()).isEmpty();
        assertThat(t.cell(0, 15).rowSpan()).isEqualTo(3);
        assertThat(texts(t.row(3))).hasSize(16).containsOnly("0");
        assertThat(Text.compact(t.cell(1, 0).text())).isEqualTo("结果维持");
    }

    @Test
    void unruledLegacyTableOf002IsOneThreeColumnGridOverPagesFourAndFive() {
        List<TableGrid> tables = Fixtures.tables(R002);
        assertThat(tables).hasSize(1);
        TableGrid t = tables.get(0);

        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.rowCount()).isEqualTo(67);
        assertThat(Text.compact(t.cell(0, 0).text())).isEqualTo("统计指标");
        assertThat(texts(t.row(0).subList(1, 3))).containsExactly("单位", "统计数");
        assertThat(texts(t.row(1))).containsExactly("一、主动公开情况", "——", "");
        assertThat(texts(t.row(7))).containsExactly("2.政府网站公开政府信息数", "条", "7732");
        // a label wrapped onto a second line is one label
        assertThat(Text.compact(t.cell(13, 0).text())).isEqualTo("(一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)");
        assertThat(texts(t.row(13).subList(1, 3))).containsExactly("次", "223");
        assertThat(texts(t.row(31))).containsExactly("(三)申请答复数", "件", "359");
        assertThat(t.cell(31, 0).provenance().page()).isEqualTo(4);
        assertThat(texts(t.row(32))).containsExactly("1.属于已主动公开范围数", "件", "20");
        assertThat(t.cell(32, 0).provenance().page()).isEqualTo(5);
        assertThat(texts(t.row(66))).containsExactly("(三)接受培训人员数", "人次", "760");
        // the title and the prose are not part of the table, the table's rows are not read twice as prose
        List<String> prose = R002.textBlocks().map(TextBlock::text).toList();
        assertThat(prose).contains("政府信息公开情况统计表", "填报单位(盖章):重庆市长寿区人民政府政务公开办公室",
                "单位负责人:鲁 巧 审核人:王国兵 填 报 人:姚 建", "联系电话:023-40244979 填报日期:2019.1.23");
        assertThat(prose).noneMatch(s -> s.contains("政府网站公开政府信息数") || s.contains("统计数") || s.contains("人次"));
    }

    @Test
    void smallFontLandscapeHeadersOf001AreReadWhole() {
        TableGrid t = Fixtures.tables(R001).get(1);

        assertThat(t.rowCount()).isEqualTo(28);
        assertThat(texts(t.row(2).subList(4, 10))).containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        Cell other = t.cell(23, 1);
        assertThat(Text.compact(other.text())).isEqualTo("(六)其他处理");
        assertThat(other.rowSpan()).isEqualTo(3);
        assertThat(t.cell(5, 0).rowSpan()).isEqualTo(22);
        TableGrid review = Fixtures.tables(R001).get(2);
        assertThat(texts(review.row(2).subList(5, 10))).containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    }

    @Test
    void blankCellsOf003StayBlank() {
        List<TableGrid> tables = Fixtures.tables(R003);
        TableGrid active = tables.get(0);
        assertThat(texts(active.row(6))).containsExactly("行政许可", "11246", "增4747", "1251");
        TableGrid t = tables.get(1);

        assertThat(texts(t.row(3).subList(3, 10))).containsExactly("2", "", "", "", "", "", "2");
        assertThat(texts(t.row(4).subList(3, 10))).containsExactly("0", "", "", "", "", "", "");
        assertThat(t.cell(4, 9).isBlank()).isTrue();
        assertThat(t.cell(4, 9).spanOrigin()).isTrue();
    }

    @Test
    void pageTextLeavesOutTablesAndPageNumbersAndInventsNoSpacesInChinese() {
        List<String> prose = R000.textBlocks().map(TextBlock::text).toList();

        assertThat(prose.get(0)).isEqualTo("重庆市信访办公室2020年政府信息公开工作年度报告");
        assertThat(prose).contains("(一)主动公开情况", "2020年,市信访办收到政府信息公开申请4件,全部办结。");
        assertThat(prose).noneMatch(s -> s.matches("[-—\\s]*\\d+[-—\\s]*"));
        assertThat(prose).noneMatch(s -> s.contains("市 信 访 办") || s.contains("自然人") || s.contains("第二十条"));
        assertThat(R000.textBlocks()).allMatch(b -> b.provenance().page() >= 1);
        // reading order: the heading of section 三 comes right before its table
        int heading = R000.blocks()
                .indexOf(R000.textBlocks()
                        .filter(b -> b.text().startsWith("三、收到和处理"))
                        .findFirst()
                        .orElseThrow());
        assertThat(R000.blocks().get(heading + 1)).isEqualTo(Fixtures.tables(R000).get(1));
    }

    @Test
    void aParagraphBrokenByAPageBreakIsOneBlock() {
        List<String> prose = R004.textBlocks().map(TextBlock::text).toList();

        assertThat(prose).anyMatch(s -> s.startsWith("强化制度建设") && s.endsWith("努力打造“阳光信访、责任信访、法治信访”。"));
        assertThat(prose).noneMatch(s -> s.startsWith("息的采集"));
    }

    private static List<String> texts(List<Cell> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (Cell c : cells) out.add(c.text());
        return out;
    }
}
