package org.xxgk.extract.html;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.Cell;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;
import org.xxgk.source.Provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xxgk.extract.html.HtmlFixtures.fixture;
import static org.xxgk.extract.html.HtmlFixtures.grids;
import static org.xxgk.extract.html.HtmlFixtures.texts;

/** The five fixture pages read into grids and text blocks. */
class HtmlFixtureGridTest {

    @Test
    void wordExportApplicationsTableIsExpanded() {
        List<TableGrid> grids = grids(fixture("000"));
        assertThat(grids)
                .extracting(g -> g.rowCount() + "x" + g.columnCount())
                .containsExactly("18x4", "26x10", "4x15");

        TableGrid apps = grids.get(1);
        assertThat(apps.index()).isEqualTo(2);
        // 本列数据的勾稽关系… spans 3 rows × 3 columns, 申请人情况 7 columns
        Cell corner = apps.cell(0, 0);
        assertThat(corner.text()).startsWith("(本列数据的勾稽关系为:");
        assertThat(corner.rowSpan()).isEqualTo(3);
        assertThat(corner.colSpan()).isEqualTo(3);
        assertThat(apps.cell(2, 2).text()).isEqualTo(corner.text());
        assertThat(apps.cell(2, 2).spanOrigin()).isFalse();
        assertThat(apps.cell(0, 3).text()).isEqualTo("申请人情况");
        assertThat(apps.cell(0, 9).text()).isEqualTo("申请人情况");
        // 自然人 spans the 2 lower header rows; the copy keeps the origin's provenance
        assertThat(apps.cell(1, 3).text()).isEqualTo("自然人");
        assertThat(apps.cell(1, 3).spanOrigin()).isTrue();
        assertThat(apps.cell(2, 3).text()).isEqualTo("自然人");
        assertThat(apps.cell(2, 3).spanOrigin()).isFalse();
        assertThat(apps.cell(2, 3).provenance()).isEqualTo(Provenance.cell(0, 2, 2, 4));
        assertThat(apps.cell(1, 4).text()).isEqualTo("法人或其他组织");
        assertThat(apps.cell(1, 4).colSpan()).isEqualTo(5);
        assertThat(texts(apps).get(2).subList(4, 10)).containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        // 三、本年度办理结果 spans 20 rows
        assertThat(apps.cell(5, 0).text()).isEqualTo("三、本年度办理结果");
        assertThat(apps.cell(5, 0).rowSpan()).isEqualTo(20);
        assertThat(apps.cell(24, 0).text()).isEqualTo("三、本年度办理结果");
        // the EN SPACE printed after some values stays as printed (the interpreter trims it)
        assertThat(texts(apps).get(3).subList(3, 10))
                .containsExactly("4", "0", "0\u2002", "0\u2002", "0\u2002", "0\u2002", "4");
        assertThat(apps.cell(3, 3).provenance()).isEqualTo(Provenance.cell(0, 2, 4, 4));
    }

    @Test
    void wordExportLeaksNoMarkupOrEmptyParagraphs() {
        ExtractedDocument doc = fixture("000");
        for (TableGrid grid : grids(doc)) {
            for (List<Cell> row : grid.rows()) {
                for (Cell cell : row) {
                    assertThat(cell.text())
                            .doesNotContain("o:p", "&ensp", "&nbsp", "<", "\u00A0")
                            .doesNotStartWith(" ")
                            .doesNotEndWith(" ");
                }
            }
        }
        assertThat(texts(doc)).allSatisfy(t -> assertThat(t).doesNotContain("o:p", "&nbsp", "&ensp").isNotBlank()
                .doesNotContainPattern("^[\\s\u00A0\u2002]*$"));
        // the short rows of 第(八)/(九)项 use colspan=2
        TableGrid active = grids(doc).get(0);
        assertThat(texts(active).get(17)).containsExactly("政府集中采购", "1", "406万元", "406万元");
        assertThat(active.cell(17, 3).spanOrigin()).isFalse();
        // title and date from the page, chrome from <div>s is still text (the page has no <nav>)
        assertThat(texts(doc)).contains("重庆市信访办公室2020年政府信息公开工作年度报告", "日期:2021-01-29", "二、主动公开政府信息情况");
    }

    @Test
    void tablesSitAtTheirPositionInTheBlockOrder() {
        ExtractedDocument doc = fixture("000");
        List<String> order = doc.blocks().stream()
                .map(b -> b instanceof TextBlock t ? t.text() : "#" + ((TableGrid) b).index()).toList();
        int heading2 = order.indexOf("二、主动公开政府信息情况");
        int heading3 = order.indexOf("三、收到和处理政府信息公开申请情况");
        int heading4 = order.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        assertThat(order.get(heading2 + 1)).isEqualTo("#1");
        assertThat(order.get(heading3 + 1)).isEqualTo("#2");
        assertThat(order.get(heading4 + 1)).isEqualTo("#3");
        assertThat(order.get(heading4 + 2)).isEqualTo("五、存在的主要问题及改进情况");
    }

    @Test
    void metadataTableIsAGridOfItsOwn() {
        ExtractedDocument doc = fixture("001");
        List<TableGrid> grids = grids(doc);
        assertThat(grids)
                .extracting(g -> g.rowCount() + "x" + g.columnCount())
                .containsExactly("3x4", "14x4", "28x10", "4x15");
        assertThat(texts(grids.get(0))).containsExactly(
                List.of("索引号:", "95322239/202301-00012", "主题分类:", ""),
                List.of("发布机构:", "", "发文日期:", "2023-01-13"),
                List.of("文号:", "", "关键词:", "政府网站工作年度报告"));
        assertThat(grids.get(2).cell(0, 0).text()).startsWith("(本列数据的勾稽关系为");
    }

    @Test
    void brokenHeadersJoinWithoutSpaces() {
        List<TableGrid> grids = grids(fixture("001"));
        TableGrid apps = grids.get(2);
        assertThat(texts(apps).get(2).subList(4, 9)).containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        // (六)其他处理 has 3 sub-rows in V2021, so 三、本年度办理结果 spans 22 rows
        assertThat(apps.cell(5, 0).rowSpan()).isEqualTo(22);
        assertThat(apps.cell(23, 1).text()).isEqualTo("(六)其他处理");
        assertThat(apps.cell(23, 1).rowSpan()).isEqualTo(3);
        assertThat(apps.cell(25, 1).spanOrigin()).isFalse();
        assertThat(apps.cell(26, 1).text()).isEqualTo("(七)总计");
        TableGrid review = grids.get(3);
        assertThat(texts(review).get(1).subList(0, 5)).containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    }

    @Test
    void gbkPageInLayoutTablesDecodesAndYieldsTheInnerTable() {
        ExtractedDocument doc = fixture("002");
        assertThat(doc.warnings()).isEmpty();
        List<TableGrid> grids = grids(doc);
        // banner and footer tables hold no table, so they are grids; the layout table around the report is not
        assertThat(grids).extracting(g -> g.rowCount() + "x" + g.columnCount()).containsExactly("3x1", "67x3", "1x2");
        assertThat(grids).extracting(TableGrid::index).containsExactly(1, 2, 3);
        TableGrid legacy = grids.get(1);
        assertThat(texts(legacy).get(0)).containsExactly("统 计 指 标", "单位", "统计数");
        // A1AA A1AA is "——" (U+2014 twice) in GBK/GB18030, not U+2015 as Java's GB2312 would give; &nbsp; is blank
        assertThat(texts(legacy).get(1)).containsExactly("一、主动公开情况", "\u2014\u2014", "");
        assertThat(texts(legacy).get(2)).containsExactly("(一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条)", "条", "134");
        assertThat(texts(legacy).get(66)).containsExactly("(三)接受培训人员数", "人次", "760");
        // the layout cells are text, in reading order around the inner table
        List<String> texts = texts(doc);
        assertThat(texts).contains("重庆市长寿区2018年政府信息公开年度工作报告", "2019年1月23日",
                "单位负责人:鲁 巧 审核人:王国兵 填 报 人:姚 建", "联系电话:023-40244979 填报日期:2019.1.23");
        assertThat(texts).noneMatch(t -> t.contains("\u2015") || t.contains("\uFFFD"));
        assertThat(texts).noneMatch(t -> t.contains("统 计 指 标"));
        List<String> order = doc.blocks().stream()
                .map(b -> b instanceof TextBlock t ? t.text() : "#" + ((TableGrid) b).index())
                .toList();
        assertThat(order.indexOf("#2")).isEqualTo(order.indexOf("填报单位(盖章):重庆市长寿区人民政府政务公开办公室") + 1);
    }

    @Test
    void editorMarkupKeepsSplitNumbersWholeAndFullWidthDigitsAsPrinted() {
        List<TableGrid> grids = grids(fixture("003"));
        TableGrid active = grids.get(0);
        assertThat(texts(active).get(1)).containsExactly("信息内容", "本年新", "本年新", "对外公开总数量");
        assertThat(texts(active).get(6)).containsExactly("行政许可", "11246", "增4747", "１２５１");
        assertThat(texts(active).get(7)).containsExactly("其他对外管理服务事项", "15", "增69", "84");
        // 第(八)/(九)项 rows padded with an empty 4th cell
        assertThat(texts(active).get(14)).containsExactly("行政事业性收费", "1", "0", "");
        assertThat(texts(active).get(17)).containsExactly("政府集中采购", "19", "14241119.2", "");

        TableGrid apps = grids.get(1);
        assertThat(texts(apps).get(3).subList(3, 10)).containsExactly("２", "", "", "", "", "", "\u00A02\u00A0");
        assertThat(texts(apps).get(5).subList(3, 10)).containsExactly("２", "", "", "", "", "", "2");
        assertThat(texts(apps).get(25).subList(3, 10)).containsExactly("0", "", "", "", "", "", "０");
        assertThat(apps.cell(3, 4).isBlank()).isTrue();
    }

    @Test
    void theadHeadersAndTheSixteenthReviewColumn() {
        ExtractedDocument doc = fixture("004");
        List<TableGrid> grids = grids(doc);
        assertThat(grids)
                .extracting(g -> g.rowCount() + "x" + g.columnCount())
                .containsExactly("18x4", "26x10", "4x16");
        TableGrid review = grids.get(2);
        assertThat(review.cell(0, 15).text()).isEmpty();
        assertThat(review.cell(0, 15).rowSpan()).isEqualTo(3);
        assertThat(review.cell(2, 15).spanOrigin()).isFalse();
        assertThat(review.cell(3, 15).text()).isEqualTo("0");
        assertThat(texts(review).get(1).subList(0, 5))
                .containsExactly("结 果 维 持", "结 果 纠 正", "其 他 结 果", "尚 未 审 结", "总 计");
        assertThat(review.cell(1, 5).text()).isEqualTo("未经复议直接起诉");
        assertThat(review.cell(1, 5).colSpan()).isEqualTo(5);
        TableGrid apps = grids.get(1);
        assertThat(apps.cell(0, 3).text()).isEqualTo("申请人情况");
        assertThat(apps.cell(2, 3).text()).isEqualTo("自然人");
        // <header>, <nav> and <footer> chrome is left out; the breadcrumb <div> is not chrome by tag
        List<String> texts = texts(doc);
        assertThat(texts).contains("固原市信访局", "2019 年政府信息公开工作年度报告", "(一) 主要问题");
        assertThat(texts).noneMatch(t -> t.contains("政务服务") || t.contains("互动交流"));
        assertThat(texts).noneMatch(t -> t.contains("扫一扫") || t.contains("主办："));
        assertThat(texts.get(texts.size() - 1)).startsWith("三是完善机制，加强统筹指导。");
    }
}
