package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.model.Template;
import org.xxgk.source.Warning;
import org.xxgk.testing.Golden;

import static org.assertj.core.api.Assertions.assertThat;

/** Variants of the seeds, each edited in the test, with the exact keys and values they must give. */
class TextVariantsTest {

    /** A value in the form {@link #values} compares in (120 and 1.2E+2 are one number). */
    private static Optional<BigDecimal> n(long v) {
        return Optional.of(BigDecimal.valueOf(v).stripTrailingZeros());
    }

    private static Optional<BigDecimal> v(AnnualReport r, String key) {
        return r.value(key).map(BigDecimal::stripTrailingZeros);
    }

    private static Map<String, Optional<BigDecimal>> values(AnnualReport r) {
        Map<String, Optional<BigDecimal>> m = new LinkedHashMap<>();
        r.cells().forEach((k, v) -> m.put(k, v.value().map(BigDecimal::stripTrailingZeros)));
        return m;
    }

    /** The golden cells of a seed with some keys changed: what a variant must read as. */
    private static Map<String, Optional<BigDecimal>> golden(String id, Map<String, Optional<BigDecimal>> changes) {
        Map<String, Optional<BigDecimal>> m = new LinkedHashMap<>();
        Golden.load(id).cells().forEach((k, v) -> m.put(k, Optional.ofNullable(v).map(BigDecimal::stripTrailingZeros)));
        m.putAll(changes);
        return m;
    }

    private static List<String> codes(AnnualReport r) {
        return r.warnings().stream().map(w -> w.code().code()).toList();
    }

    @Test
    void v2021WithOneOtherRowInsteadOfThree() {
        SeedText t = SeedText.load("001");
        int at = t.indexOf("(六)其他处理");
        // drop the three sub-rows (3 labels + 21 values) and print the sum row itself
        for (int k = 0; k < 24; k++) t.lines.remove(at + 1);
        t.lines.addAll(at + 1, List.of("2", "0", "1", "0", "0", "0", "3"));
        AnnualReport r = t.read();

        assertThat(r.template()).isEqualTo(Template.V2021);
        assertThat(v(r, "applications.other.naturalPerson")).isEqualTo(n(2));
        assertThat(v(r, "applications.other.research")).isEqualTo(n(1));
        assertThat(v(r, "applications.other.total")).isEqualTo(n(3));
        assertThat(r.cells().keySet())
                .noneMatch(k ->
                        k.startsWith("applications.other.overdue") || k.startsWith("applications.other.otherReasons"));
        assertThat(v(r, "applications.resultTotal.total")).isEqualTo(n(0));
    }

    @Test
    void numberingAndPunctuationVariants() {
        SeedText t = SeedText.load("000")
                .replace("(一)予以公开", "（一）予以公开")
                .replace("(三)不予公开", "三、不予公开")
                .replace("1.属于国家秘密", "1、属于国家秘密")
                .replace("2.其他法律行政法规禁止公开", "２．其他法律行政法规禁止公开")
                .replace("3.危及“三安全一稳定”", "3.危及\"三安全一稳定\"")
                .replace("(四)无法提供", "（四）无法提供")
                .replace("1.本机关不掌握相关政府信息", "（1）本机关不掌握相关政府信息")
                .replace("第二十条第(五)项", "第二十条第（五）项")
                .values("（一）予以公开", "1", "2", "3", "4", "5", "6", "21")
                .values("1、属于国家秘密", "7", "0", "0", "0", "0", "0", "7")
                .values("２．其他法律行政法规禁止公开", "8", "0", "0", "0", "0", "0", "8")
                .values("3.危及\"三安全一稳定\"", "9", "0", "0", "0", "0", "0", "9")
                .values("（1）本机关不掌握相关政府信息", "１０", "0", "0", "0", "0", "0", "１０");
        AnnualReport r = t.read();

        Map<String, Optional<BigDecimal>> expected = new LinkedHashMap<>();
        expected.put("applications.granted.naturalPerson", n(1));
        expected.put("applications.granted.commercial", n(2));
        expected.put("applications.granted.research", n(3));
        expected.put("applications.granted.publicInterest", n(4));
        expected.put("applications.granted.legalService", n(5));
        expected.put("applications.granted.otherOrg", n(6));
        expected.put("applications.granted.total", n(21));
        expected.put("applications.refused.stateSecret.naturalPerson", n(7));
        expected.put("applications.refused.stateSecret.total", n(7));
        expected.put("applications.refused.otherLaw.naturalPerson", n(8));
        expected.put("applications.refused.otherLaw.total", n(8));
        expected.put("applications.refused.security.naturalPerson", n(9));
        expected.put("applications.refused.security.total", n(9));
        expected.put("applications.unable.notHeld.naturalPerson", n(10));
        expected.put("applications.unable.notHeld.total", n(10));
        assertThat(values(r))
                .as("warnings: %s", r.warnings())
                .containsExactlyInAnyOrderEntriesOf(golden("000", expected));
    }

    @Test
    void zerosPrintedAsEmptyCellsArePresentAndBlank() {
        SeedText t = SeedText.load("004");
        int at = t.indexStartingWith("一、本年新收政府信息公开申请数量");
        t.lines.set(at, "一、本年新收政府信息公开申请数量\t\t3\t\t\t\t\t\t3\t");
        int review = t.lines.size() - 1;
        while (!t.lines.get(review).startsWith("0\t")) review--;
        t.lines.set(review, "\t\t\t\t\t1\t\t\t\t1\t0\t0\t0\t0\t0\t");
        AnnualReport r = t.read();

        Map<String, Optional<BigDecimal>> expected = new LinkedHashMap<>();
        expected.put("applications.newlyReceived.naturalPerson", n(3));
        for (String c : List.of("commercial", "research", "publicInterest", "legalService", "otherOrg")) {
            expected.put("applications.newlyReceived." + c, Optional.empty());
            assertThat(r.prints("applications.newlyReceived." + c)).as(c).isTrue();
        }
        expected.put("applications.newlyReceived.total", n(3));
        for (String c : List.of("upheld", "corrected", "other", "pending", "total")) {
            expected.put("review.reconsideration." + c, Optional.empty());
        }
        expected.put("review.litigationDirect.upheld", n(1));
        expected.put("review.litigationDirect.corrected", Optional.empty());
        expected.put("review.litigationDirect.other", Optional.empty());
        expected.put("review.litigationDirect.pending", Optional.empty());
        expected.put("review.litigationDirect.total", n(1));
        assertThat(values(r))
                .as("warnings: %s", r.warnings())
                .containsExactlyInAnyOrderEntriesOf(golden("004", expected));
        assertThat(codes(r)).doesNotContain("VALUE_WITHOUT_HEADER", "ROW_INCOMPLETE");
    }

    @Test
    void unitsInCellsAndInHeaders() {
        AnnualReport inCell = SeedText.load("000").replace("406万元", "251000元").read();
        assertThat(v(inCell, "active.procurement.amount")).isEqualTo(n(251000));
        assertThat(inCell.units()).containsExactly(Map.entry("active.procurement.amount", "元"));

        AnnualReport inHeader = SeedText.load("000").replace("采购总金额", "采购总金额(单位:万元)").replace("406万元", "406").read();
        assertThat(v(inHeader, "active.procurement.amount")).isEqualTo(n(406));
        assertThat(inHeader.units()).containsExactly(Map.entry("active.procurement.amount", "万元"));

        AnnualReport fullWidth = SeedText.load("000").replace("采购总金额", "采购总金额（单位：万元）").replace("406万元", "１２.５").read();
        assertThat(fullWidth.cell("active.procurement.amount").flatMap(CellValue::value))
                .contains(new BigDecimal("12.5"));
        assertThat(fullWidth.units()).containsExactly(Map.entry("active.procurement.amount", "万元"));
    }

    @Test
    void signedChanges() {
        SeedText t = SeedText.load("003");
        t.lines.set(t.indexStartingWith("行政处罚 |"), "行政处罚 | 71 | 减3 | 58 | |");
        t.lines.set(t.indexStartingWith("其他对外管理服务事项 |"), "其他对外管理服务事项 | 15 | -18 | 84 | |");
        AnnualReport r = t.read();
        assertThat(values(r)).as("warnings: %s", r.warnings()).containsExactlyInAnyOrderEntriesOf(golden("003", Map.of(
                "active.penalty.change", n(-3),
                "active.otherServices.change", n(-18))));
        assertThat(r.value("active.licensing.change")).contains(new BigDecimal("4747"));
        assertThat(r.cell("active.penalty.change").map(CellValue::raw)).contains("减3");
    }

    /** Seed 004's tab tables rewritten as Markdown, one row label on a line of its own apart from its numbers. */
    @Test
    void markdownTableWithRowLabelOnItsOwnLine() {
        SeedText t = SeedText.load("004");
        StringBuilder md = new StringBuilder();
        boolean inTable = false;
        for (String line : t.lines) {
            if (!line.contains("\t")) {
                inTable = false;
                md.append(line).append('\n');
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells[0].startsWith("一、本年新收")) {
                md.append(cells[0]).append('\n');
                cells[0] = "";
                cells[2] = "5";
                cells[8] = "5";
            }
            md.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (!inTable) {
                md.append("|").append("---|".repeat(cells.length)).append('\n');
                inTable = true;
            }
        }
        AnnualReport r = SeedText.read(md.toString());
        assertThat(values(r)).as("warnings: %s", r.warnings()).containsExactlyInAnyOrderEntriesOf(golden("004", Map.of(
                "applications.newlyReceived.naturalPerson", n(5),
                "applications.newlyReceived.total", n(5))));
        assertThat(r.template()).isEqualTo(Template.V2019);
    }

    @Test
    void legacyTableWithTwoValueColumnsAndNoUnitHeader() {
        String text = String.join("\n",
                "某市人民政府2017年政府信息公开工作年度报告",
                "一、概述",
                "2017年,全市主动公开政府信息120条。",
                "政府信息公开情况统计表",
                "\t本年度\t历年累计",
                "主动公开文件数\t120\t3400",
                "其中：1.政府网站公开数\t100\t3000",
                "2.政府公报公开数\t20\t400",
                "受理依申请公开信息总数\t15\t200",
                "其中：1.当面申请数\t5\t80",
                "2.网络申请数\t10\t120",
                "行政复议数\t0\t—",
                "",
                "二、存在的问题");
        AnnualReport r = SeedText.read(text);
        assertThat(r.template()).isEqualTo(Template.LEGACY);
        Map<String, Optional<BigDecimal>> expected = new LinkedHashMap<>();
        expected.put("legacy.1", n(120));
        expected.put("legacy.1.cumulative", n(3400));
        expected.put("legacy.1.1", n(100));
        expected.put("legacy.1.1.cumulative", n(3000));
        expected.put("legacy.1.2", n(20));
        expected.put("legacy.1.2.cumulative", n(400));
        expected.put("legacy.2", n(15));
        expected.put("legacy.2.cumulative", n(200));
        expected.put("legacy.2.1", n(5));
        expected.put("legacy.2.1.cumulative", n(80));
        expected.put("legacy.2.2", n(10));
        expected.put("legacy.2.2.cumulative", n(120));
        expected.put("legacy.3", n(0));
        expected.put("legacy.3.cumulative", Optional.empty());
        assertThat(values(r)).as("warnings: %s", r.warnings()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(r.labels()).containsEntry("legacy.1.1", "其中:1.政府网站公开数").containsEntry("legacy.2", "受理依申请公开信息总数");
        assertThat(r.units()).isEmpty();
    }

    @Test
    void headersWithOcrNoiseStillPlaceColumnsByLabel() {
        // the organisation columns printed in another order, with noise; the values follow the header
        SeedText t = SeedText.load("000")
                .replace("自然人", "自 然 人_")
                .replace("商业企业", "科研机构*")
                .replace("科研机构", "商 业 企 业")
                .replace("法律服务机构", "法律服务机枸")
                .replace("结果维持", "结 果 维 持")
                .values("一、本年新收政府信息公开申请数量", "4", "1", "2", "0", "0", "0", "7");
        AnnualReport r = t.read();
        assertThat(values(r)).as("warnings: %s", r.warnings()).containsExactlyInAnyOrderEntriesOf(golden("000", Map.of(
                "applications.newlyReceived.naturalPerson", n(4),
                "applications.newlyReceived.research", n(1),
                "applications.newlyReceived.commercial", n(2),
                "applications.newlyReceived.total", n(7))));
        assertThat(codes(r)).doesNotContain("HEADER_NOT_READ");
    }

    @Test
    void valuesThatCannotBePlacedAreAbsentWithAWarning() {
        SeedText t = SeedText.load("000");
        // 2.重复申请 loses two of its seven values: which columns are missing is unknowable
        int at = t.indexOf("2.重复申请");
        t.lines.remove(at + 1);
        t.lines.remove(at + 1);
        // a row the template does not have
        int other = t.indexOf("5.要求行政机关确认或重新出具已获取信息");
        t.lines.addAll(other, List.of("6.申请人自行撤回申请", "1", "0", "0", "0", "0", "0", "1"));
        AnnualReport r = t.read();

        Map<String, Optional<BigDecimal>> expected = golden("000", Map.of());
        expected.keySet().removeIf(k -> k.startsWith("applications.notProcessed.repeated."));
        assertThat(values(r)).as("warnings: %s", r.warnings()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(codes(r)).contains("ROW_INCOMPLETE", "ROW_NOT_MATCHED");
    }

    @Test
    void reviewValueWithoutHeaderIsDroppedWithAWarning() {
        AnnualReport r = SeedText.original("004");
        assertThat(r.warnings()).filteredOn(w -> w.code().code().equals("VALUE_WITHOUT_HEADER")).singleElement()
                .satisfies(w -> assertThat(w.provenance().line()).isEqualTo(78));
        assertThat(r.cells().keySet()).filteredOn(k -> k.startsWith("review.")).hasSize(15);
    }
}
