package org.xxgk.property;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.model.Template;

/**
 * The national forms as this property test knows them, written from {@code spec/cells.md} and
 * {@code spec/rules.md} by hand. Deliberately independent of the main code (no {@code CellCatalog},
 * no interpreter tables): the test must not share a mistake with the code it judges.
 */
final class Forms {

    private Forms() {}

    /** What a printed cell may look like: a count, a signed change (V2019 本年增/减), an amount with decimals. */
    enum Kind { COUNT, CHANGE, AMOUNT }

    /** Σ left = Σ right; every cell is a count (a whole number ≥ 0). */
    record Equation(String name, List<String> left, List<String> right) {
        Equation {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }

        List<String> keys() {
            List<String> all = new ArrayList<>(left);
            all.addAll(right);
            return all;
        }

        /** total = Σ parts. */
        static Equation sum(String name, String total, List<String> parts) {
            return new Equation(name, List.of(total), parts);
        }
    }

    /** small ≤ large (LEGACY: the year's value never exceeds the cumulative one). */
    record AtMost(String small, String large) {}

    // ---- section 二 -------------------------------------------------------------------------

    /** A row of a section-二 table: its label and the keys of its cells in print order. */
    record ActiveRow(String label, List<String> keys) {}

    /** One 第二十条 item: its heading, the column headers (信息内容 first) and its rows. */
    record ActiveItem(String heading, List<String> headers, List<ActiveRow> rows) {}

    static List<ActiveItem> activeItems(Template t) {
        if (t == Template.V2019) {
            List<String> docs = List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
            List<String> items = List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
            return List.of(
                    new ActiveItem("第二十条第（一）项", docs, List.of(
                            row("规章", "rules", "newlyMade", "newlyPublished", "totalPublished"),
                            row("规范性文件", "normativeDocs", "newlyMade", "newlyPublished", "totalPublished"))),
                    new ActiveItem("第二十条第（五）项", items, List.of(
                            row("行政许可", "licensing", "previousYear", "change", "decisions"),
                            row("其他对外管理服务事项", "otherServices", "previousYear", "change", "decisions"))),
                    new ActiveItem("第二十条第（六）项", items, List.of(
                            row("行政处罚", "penalty", "previousYear", "change", "decisions"),
                            row("行政强制", "enforcement", "previousYear", "change", "decisions"))),
                    new ActiveItem("第二十条第（八）项", items.subList(0, 3), List.of(
                            row("行政事业性收费", "fees", "previousYear", "change"))),
                    new ActiveItem("第二十条第（九）项", List.of("信息内容", "采购项目数量", "采购总金额"), List.of(
                            row("政府集中采购", "procurement", "count", "amount"))));
        }
        if (t == Template.V2021) {
            List<String> decisions = List.of("信息内容", "本年处理决定数量");
            return List.of(
                    new ActiveItem("第二十条第（一）项", List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), List.of(
                            row("规章", "rules", "issued", "repealed", "inForce"),
                            row("行政规范性文件", "normativeDocs", "issued", "repealed", "inForce"))),
                    new ActiveItem("第二十条第（五）项", decisions, List.of(row("行政许可", "licensing", "decisions"))),
                    new ActiveItem("第二十条第（六）项", decisions, List.of(
                            row("行政处罚", "penalty", "decisions"), row("行政强制", "enforcement", "decisions"))),
                    new ActiveItem("第二十条第（八）项", List.of("信息内容", "本年收费金额（单位：万元）"), List.of(
                            row("行政事业性收费", "fees", "amount"))));
        }
        return List.of();
    }

    private static ActiveRow row(String label, String id, String... columns) {
        List<String> keys = new ArrayList<>();
        for (String c : columns) keys.add("active." + id + "." + c);
        return new ActiveRow(label, keys);
    }

    static Kind activeKind(String key) {
        if (key.endsWith(".change")) return Kind.CHANGE;
        if (key.equals("active.procurement.amount") || key.equals("active.fees.amount")) return Kind.AMOUNT;
        return Kind.COUNT;
    }

    // ---- section 三 -------------------------------------------------------------------------

    static final List<String> APP_COLUMNS =
            List.of("naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total");
    static final List<String> APPLICANTS = APP_COLUMNS.subList(0, 6);

    static final String RESULTS_HEADING = "三、本年度办理结果";

    /**
     * A row of section 三. {@code result}: one of the rows 三(一)..三(六) that 三(七) sums (for V2021 with
     * the 三(六) sum row printed, the sum row and not its sub-rows). {@code group}: the 三(三)..三(六)
     * heading the row is printed under, or empty; a row with a group and an empty label is the
     * group's own sum row (V2021 （六）其他处理 printed with values).
     */
    record AppRow(String id, boolean underResults, String group, String label, boolean result) {
        String key(String column) {
            return "applications." + id + "." + column;
        }
    }

    static List<AppRow> appRows(Template t, boolean otherSumRow) {
        List<AppRow> rows = new ArrayList<>();
        rows.add(new AppRow("newlyReceived", false, "", "一、本年新收政府信息公开申请数量", false));
        rows.add(new AppRow("carriedOver", false, "", "二、上年结转政府信息公开申请数量", false));
        rows.add(new AppRow("granted", true, "", "（一）予以公开", true));
        rows.add(new AppRow("partlyGranted", true, "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", true));
        String[][] refused = {
            {"stateSecret", "属于国家秘密"}, {"otherLaw", "其他法律行政法规禁止公开"}, {"security", "危及“三安全一稳定”"},
            {"thirdParty", "保护第三方合法权益"}, {"internal", "属于三类内部事务信息"}, {"process", "属于四类过程性信息"},
            {"enforcementFile", "属于行政执法案卷"}, {"query", "属于行政查询事项"}};
        group(rows, "refused", "（三）不予公开", refused, true);
        String[][] unable = {
            {"notHeld", "本机关不掌握相关政府信息"}, {"needsCreation", "没有现成信息需要另行制作"},
            {"unclear", "补正后申请内容仍不明确"}};
        group(rows, "unable", "（四）无法提供", unable, true);
        String[][] notProcessed = {
            {"complaint", "信访举报投诉类申请"}, {"repeated", "重复申请"}, {"publication", "要求提供公开出版物"},
            {"massRepeated", "无正当理由大量反复申请"}, {"confirmation", "要求行政机关确认或重新出具已获取信息"}};
        group(rows, "notProcessed", "（五）不予处理", notProcessed, true);
        if (t == Template.V2019) {
            rows.add(new AppRow("other", true, "", "（六）其他处理", true));
        } else {
            if (otherSumRow) rows.add(new AppRow("other", true, "（六）其他处理", "", true));
            String[][] other = {
                {"other.overdueCorrection", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
                {"other.overdueFee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
                {"other.otherReasons", "其他"}};
            for (int i = 0; i < other.length; i++) {
                rows.add(new AppRow(other[i][0], true, "（六）其他处理", (i + 1) + "." + other[i][1], !otherSumRow));
            }
        }
        rows.add(new AppRow("resultTotal", true, "", "（七）总计", false));
        rows.add(new AppRow("carriedForward", false, "", "四、结转下年度继续办理", false));
        return rows;
    }

    private static void group(List<AppRow> rows, String prefix, String heading, String[][] items, boolean result) {
        for (int i = 0; i < items.length; i++) {
            rows.add(new AppRow(prefix + "." + items[i][0], true, heading, (i + 1) + "." + items[i][1], result));
        }
    }

    /** Every arithmetic tie of section 三 (rules.md APP_ROW_SUM, APP_OTHER_SUM, APP_RESULT_SUM, APP_BALANCE). */
    static List<Equation> appEquations(List<AppRow> rows) {
        List<Equation> eqs = new ArrayList<>();
        for (AppRow r : rows) {
            List<String> parts = new ArrayList<>();
            for (String c : APPLICANTS) parts.add(r.key(c));
            eqs.add(Equation.sum("APP_ROW_SUM " + r.id(), r.key("total"), parts));
        }
        boolean sumRow = rows.stream().anyMatch(r -> r.id().equals("other") && !r.group().isEmpty());
        for (String c : APP_COLUMNS) {
            if (sumRow) {
                List<String> subs = rows.stream().filter(r -> r.id().startsWith("other.")).map(r -> r.key(c)).toList();
                eqs.add(Equation.sum("APP_OTHER_SUM " + c, "applications.other." + c, subs));
            }
            List<String> results = rows.stream().filter(AppRow::result).map(r -> r.key(c)).toList();
            eqs.add(Equation.sum("APP_RESULT_SUM " + c, "applications.resultTotal." + c, results));
            eqs.add(new Equation("APP_BALANCE " + c,
                    List.of("applications.newlyReceived." + c, "applications.carriedOver." + c),
                    List.of("applications.resultTotal." + c, "applications.carriedForward." + c)));
        }
        return eqs;
    }

    // ---- section 四 -------------------------------------------------------------------------

    static final List<String> REVIEW_GROUPS = List.of("reconsideration", "litigationDirect", "litigationAfterReview");
    static final List<String> REVIEW_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    /** The 15 cells of section 四 in print order. */
    static List<String> reviewKeys() {
        List<String> keys = new ArrayList<>();
        for (String g : REVIEW_GROUPS) for (String c : REVIEW_COLUMNS) keys.add("review." + g + "." + c);
        return keys;
    }

    static List<Equation> reviewEquations() {
        List<Equation> eqs = new ArrayList<>();
        for (String g : REVIEW_GROUPS) {
            List<String> parts = REVIEW_COLUMNS.subList(0, 4).stream().map(c -> "review." + g + "." + c).toList();
            eqs.add(Equation.sum("REVIEW_SUM " + g, "review." + g + ".total", parts));
        }
        return eqs;
    }

    // ---- LEGACY -----------------------------------------------------------------------------

    /**
     * A row of a Fujian-style LEGACY table (指标名称 / 计量单位 / 年度 / 历年累计): its key (year column;
     * the cumulative one adds {@code .cumulative}), its label as printed, unit, and the keys of its
     * children (其中 items), empty for a leaf.
     */
    record LegacyRow(String key, String label, String unit, List<String> children) {
        LegacyRow {
            children = List.copyOf(children);
        }

        String cumulative() {
            return key + ".cumulative";
        }
    }

    /** parent = Σ children in both columns; year ≤ cumulative on every row. */
    static List<Equation> legacyEquations(List<LegacyRow> rows) {
        List<Equation> eqs = new ArrayList<>();
        for (LegacyRow r : rows) {
            if (r.children().isEmpty()) continue;
            eqs.add(Equation.sum("LEGACY_PARENT " + r.key(), r.key(), r.children()));
            eqs.add(Equation.sum("LEGACY_PARENT " + r.cumulative(), r.cumulative(),
                    r.children().stream().map(k -> k + ".cumulative").toList()));
        }
        return eqs;
    }

    static List<AtMost> legacyAtMost(List<LegacyRow> rows) {
        return rows.stream().map(r -> new AtMost(r.key(), r.cumulative())).toList();
    }
}
