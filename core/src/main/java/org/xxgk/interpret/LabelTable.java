package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellCatalog.ActiveRow;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.Template;

/**
 * Every label the interpreter matches, as data, keyed by the ids of {@link CellCatalog}: the
 * template's own labels plus the synonyms and short forms real reports print. Labels here are in
 * {@link Labels#text} form (numbering stripped, NFKC, no white space).
 */
final class LabelTable {

    private LabelTable() {}

    /** Synonyms by catalogue id, beyond the catalogue's own label. */
    private static final Map<String, List<String>> ACTIVE_ROW_SYNONYMS = Map.of(
            "normativeDocs", List.of("规范性文件", "行政规范性文件"),
            "otherServices", List.of("其他对外管理服务事项", "其他对外管理服务"),
            "fees", List.of("行政事业性收费"),
            "procurement", List.of("政府集中采购"));

    private static final Map<String, List<String>> ACTIVE_COLUMN_SYNONYMS = Map.of(
            "change", List.of("本年增/减", "本年增减", "本年增(减)", "增/减", "增减"),
            "decisions", List.of("处理决定数量", "本年处理决定数量", "本年处理决定数"),
            "amount", List.of("采购总金额", "本年收费金额"),
            "inForce", List.of("现行有效件数"),
            "totalPublished", List.of("对外公开总数量", "对外公开总数"));

    private static final Map<String, List<String>> APPLICATION_ROW_SYNONYMS = Map.of(
            "newlyReceived", List.of("本年新收政府信息公开申请数量", "本年新收政府信息公开申请"),
            "carriedOver", List.of("上年结转政府信息公开申请数量", "上年结转政府信息公开申请"),
            "partlyGranted", List.of("部分公开"),
            "refused.security", List.of("危及三安全一稳定"),
            "other.overdueCorrection", List.of("申请人无正当理由逾期不补正"),
            "other.overdueFee", List.of("申请人逾期未按收费通知要求缴纳费用"),
            "resultTotal", List.of("总计", "合计"),
            "carriedForward", List.of("结转下年度继续办理"));

    /** The 法人或其他组织 group over five applicant columns. */
    static final List<String> ORGANISATION_GROUP = List.of("法人或其他组织", "法人或者其他组织", "法人和其他组织");

    private static final Map<String, List<String>> APPLICATION_COLUMN_SYNONYMS = Map.of(
            "otherOrg", List.of("其他"),
            "total", List.of("总计", "合计"));

    /** Header cells of section 三 that name no column: headings and the 勾稽关系 note. */
    static final List<String> APPLICATION_NOT_COLUMNS = List.of("申请人情况", "本列数据", "勾稽关系", "信息公开申请");

    /** What a section 二 column may hold, where it is not a count: a run of digits is split by it. */
    static final Map<String, FormProfile.Slot> ACTIVE_COLUMN_SLOTS = Map.of(
            "change", FormProfile.Slot.CHANGE,
            "amount", FormProfile.Slot.AMOUNT);


    private static final Map<String, List<String>> REVIEW_GROUP_SYNONYMS = Map.of(
            "reconsideration", List.of("行政复议"),
            "litigationDirect", List.of("未经复议直接起诉", "未经复议直接起诉的"),
            "litigationAfterReview", List.of("复议后起诉", "经复议后起诉"));

    private static final Map<String, List<String>> REVIEW_COLUMN_SYNONYMS = Map.of(
            "total", List.of("总计", "合计"));

    /** Headings that show a document is an annual report even when no table could be read. */
    static final List<String> REPORT_HEADINGS = List.of("政府信息公开工作年度报告", "政府信息公开年度报告", "政府信息公开年度工作报告",
            "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "政府信息公开情况统计表");


    // ---- LEGACY statistics table ---------------------------------------------------------------

    /** The columns of a LEGACY table. */
    enum LegacyColumn { INDICATOR, UNIT, VALUE, CUMULATIVE }

    /** Header cell labels of LEGACY tables, matched by {@code contains}; the first that matches wins. */
    static final List<Map.Entry<String, LegacyColumn>> LEGACY_HEADERS = List.of(
            Map.entry("指标", LegacyColumn.INDICATOR),
            Map.entry("项目", LegacyColumn.INDICATOR),
            Map.entry("单位", LegacyColumn.UNIT),
            Map.entry("累计", LegacyColumn.CUMULATIVE),
            Map.entry("统计数", LegacyColumn.VALUE),
            Map.entry("年度", LegacyColumn.VALUE),
            Map.entry("本年", LegacyColumn.VALUE),
            Map.entry("数量", LegacyColumn.VALUE),
            Map.entry("数值", LegacyColumn.VALUE));

    // ---- lookups -------------------------------------------------------------------------------

    /** A catalogue item with every label it may be printed as. */
    record Entry<T>(T item, String id, List<String> labels) {}

    static List<Entry<ActiveRow>> activeRows(Template template) {
        List<Entry<ActiveRow>> out = new ArrayList<>();
        for (ActiveRow row : CellCatalog.activeRows(template)) {
            out.add(new Entry<>(row, row.id(), labels(row.label(), ACTIVE_ROW_SYNONYMS.get(row.id()))));
        }
        return out;
    }

    static List<Entry<Item>> activeColumns(ActiveRow row) {
        List<Entry<Item>> out = new ArrayList<>();
        for (Item c : row.columns())
            out.add(new Entry<>(c, c.id(), labels(c.label(), ACTIVE_COLUMN_SYNONYMS.get(c.id()))));
        return out;
    }

    static List<Entry<Item>> applicationRows(Template template) {
        List<Entry<Item>> out = new ArrayList<>();
        for (Item r : CellCatalog.applicationRows(template)) {
            out.add(new Entry<>(r, r.id(), labels(r.label(), APPLICATION_ROW_SYNONYMS.get(r.id()))));
        }
        return out;
    }

    /** The applicant columns, asked for by every report's header: made once. */
    static List<Entry<Item>> applicationColumns() {
        return ApplicationColumns.ENTRIES;
    }

    // a holder, so that the entries are made after the synonyms above, on first use
    private static final class ApplicationColumns {
        static final List<Entry<Item>> ENTRIES = List.copyOf(makeApplicationColumns());
    }

    private static List<Entry<Item>> makeApplicationColumns() {
        List<Entry<Item>> out = new ArrayList<>();
        for (Item c : CellCatalog.applicationColumns()) {
            out.add(new Entry<>(c, c.id(), labels(c.label(), APPLICATION_COLUMN_SYNONYMS.get(c.id()))));
        }
        return out;
    }

    static List<Entry<Item>> reviewGroups() {
        List<Entry<Item>> out = new ArrayList<>();
        for (Item g : CellCatalog.reviewGroups())
            out.add(new Entry<>(g, g.id(), labels(null, REVIEW_GROUP_SYNONYMS.get(g.id()))));
        return out;
    }

    static List<Entry<Item>> reviewColumns() {
        List<Entry<Item>> out = new ArrayList<>();
        for (Item c : CellCatalog.reviewColumns())
            out.add(new Entry<>(c, c.id(), labels(c.label(), REVIEW_COLUMN_SYNONYMS.get(c.id()))));
        return out;
    }

    private static List<String> labels(String label, List<String> synonyms) {
        List<String> out = new ArrayList<>();
        if (label != null) out.add(Labels.text(label.replaceAll("\\(单位[:：][^)]*\\)", "")));
        if (synonyms != null) for (String s : synonyms) out.add(Labels.text(s));
        return List.copyOf(out);
    }

    /** An exact match only (after normalisation), or one OCR slip in a label of four or more characters. */
    static <T> Optional<Entry<T>> matchExact(String label, List<Entry<T>> entries) {
        String t = Labels.text(label);
        Entry<T> fuzzy = null;
        int fuzzyCount = 0;
        for (Entry<T> e : entries) {
            for (String l : e.labels()) {
                if (t.equals(l)) return Optional.of(e);
                if (l.length() >= 4 && Labels.distance(t, l, 1) <= 1) {
                    if (fuzzy == null || !fuzzy.id().equals(e.id())) fuzzyCount++;
                    fuzzy = e;
                }
            }
        }
        return fuzzyCount == 1 ? Optional.of(fuzzy) : Optional.empty();
    }

}
