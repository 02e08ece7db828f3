package org.xxgk.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xxgk.check.Finding;
import org.xxgk.check.Severity;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog.ActiveRow;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellValue;
import org.xxgk.model.NarrativeFigure;
import org.xxgk.model.Template;
import org.xxgk.output.Decimals;
import org.xxgk.source.Warning;
import org.xxgk.source.WarningCode;

/**
 * One report's review page: its tables in the national form's layout, every printed cell showing its
 * text as printed and carrying the model's value ({@code data-value}), the findings marking their
 * cells, what the reader could not place, and the prose figures beside the cells they speak of.
 * Self-contained: no script, no external resource.
 *
 * <p>Each cell the report prints is a {@code td} with {@code data-key} (the canonical key),
 * {@code data-value} (the number as the JSON has it; absent for a blank cell) and {@code data-raw};
 * {@code data-severity} is ERROR or WARNING when a finding reads it. A cell of the form that the
 * report does not print has no {@code data-key}.
 */
final class ReviewPage {

    /** The prose figures of the V2019 and V2021 tables and the cells the checker compares them with. */
    private static final Map<String, List<String>> PROSE_CELLS = Map.ofEntries(
            Map.entry(
                    "applicationsReceived",
                    List.of("applications.newlyReceived.total", "applications.carriedOver.total")),
            Map.entry(
                    "applicationsCompleted",
                    List.of("applications.resultTotal.total", "applications.carriedForward.total")),
            Map.entry(
                    "applicationsAnswered",
                    List.of("applications.resultTotal.total", "applications.carriedForward.total")),
            Map.entry("reconsiderationCases", List.of("review.reconsideration.total")),
            Map.entry("reconsiderationUpheld", List.of("review.reconsideration.upheld")),
            Map.entry("reconsiderationCorrected", List.of("review.reconsideration.corrected")),
            Map.entry(
                    "litigationCases", List.of("review.litigationDirect.total", "review.litigationAfterReview.total")),
            Map.entry(
                    "litigationUpheld",
                    List.of("review.litigationDirect.upheld", "review.litigationAfterReview.upheld")),
            Map.entry(
                    "litigationCorrected",
                    List.of("review.litigationDirect.corrected", "review.litigationAfterReview.corrected")));

    /** LEGACY prose figures: a word of the indicator's label that the figure speaks of. */
    private static final Map<String, String> LEGACY_PROSE_LABELS = Map.ofEntries(
            Map.entry("activeDisclosureItems", "主动公开政府信息数"),
            Map.entry("applicationsReceived", "收到申请数"),
            Map.entry("applicationsCompleted", "申请办结数"),
            Map.entry("applicationsCompletedOnTime", "按时办结"),
            Map.entry("reconsiderationCases", "行政复议数量"),
            Map.entry("litigationCases", "行政诉讼数量"),
            Map.entry("readingRooms", "查阅"),
            Map.entry("trainingSessions", "培训班"),
            Map.entry("trainees", "培训人员"),
            Map.entry("staff", "工作人员数"));

    /** Warning codes of values the reader read but could not place (or not place with confidence). */
    static final Set<WarningCode> UNPLACED_CODES = EnumSet.of(
            WarningCode.VALUE_WITHOUT_HEADER,
            WarningCode.VALUE_AMBIGUOUS,
            WarningCode.VALUE_UNPARSABLE,
            WarningCode.ROW_NOT_MATCHED,
            WarningCode.ROW_INCOMPLETE,
            WarningCode.DUPLICATE_CELL,
            WarningCode.ROW_MATCHED_BY_ORDER);

    private final AnnualReport report;
    private final List<Finding> findings;
    private final String indexHref;
    private final Map<String, Severity> worst = new LinkedHashMap<>();
    private final Map<String, List<String>> findingIds = new LinkedHashMap<>();
    private final Map<String, List<String>> proseIds = new LinkedHashMap<>();
    private final Map<String, List<String>> proseCells = new LinkedHashMap<>();
    private final Set<String> drawn = new LinkedHashSet<>();
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private ReviewPage(AnnualReport report, List<Finding> findings, String indexHref) {
        this.report = report;
        this.findings = List.copyOf(findings);
        this.indexHref = indexHref;
        for (int i = 0; i < this.findings.size(); i++) {
            Finding f = this.findings.get(i);
            if (f.severity() != Severity.ERROR && f.severity() != Severity.WARNING) continue;
            for (String key : f.keys()) {
                worst.merge(
                        key,
                        f.severity(),
                        (a, b) -> a == Severity.ERROR || b == Severity.ERROR ? Severity.ERROR : Severity.WARNING);
                findingIds.computeIfAbsent(key, k -> new ArrayList<>()).add(findingId(i));
            }
        }
        List<NarrativeFigure> figures = report.narrative();
        for (int i = 0; i < figures.size(); i++) {
            List<String> cells = cellsOf(figures.get(i));
            proseCells.put(proseId(i), cells);
            for (String key : cells) proseIds.computeIfAbsent(key, k -> new ArrayList<>()).add(proseId(i));
        }
    }

    /** The page of {@code report} with {@code findings} (its own and the cross-report ones that belong to it). */
    static String render(AnnualReport report, List<Finding> findings, Optional<String> indexHref) {
        ReviewPage page = new ReviewPage(report, findings, indexHref.orElse(null));
        page.page();
        return page.html.toString();
    }

    private static String findingId(int i) {
        return "f-" + (i + 1);
    }

    private static String proseId(int i) {
        return "p-" + (i + 1);
    }

    static String cellId(String key) {
        return "c-" + key;
    }

    /** The cells the checker compares a prose figure with, as far as they are printed. */
    private List<String> cellsOf(NarrativeFigure figure) {
        List<String> keys = new ArrayList<>();
        // a NARRATIVE_MISMATCH finding names the cells the checker compared the figure with
        for (Finding f : findings) {
            if (f.rule().equals("NARRATIVE_MISMATCH") && f.messageEn().contains("figure " + figure.name() + " ")) {
                for (String key : f.keys()) if (report.prints(key) && !keys.contains(key)) keys.add(key);
            }
        }
        if (!keys.isEmpty()) return keys;
        if (report.template() == Template.LEGACY) {
            String word = LEGACY_PROSE_LABELS.get(figure.name());
            if (word != null) {
                report.labels().entrySet().stream()
                        .filter(e -> e.getValue().contains(word) && report.value(e.getKey()).isPresent())
                        .findFirst().ifPresent(e -> keys.add(e.getKey()));
            }
        } else {
            for (String key : PROSE_CELLS.getOrDefault(figure.name(), List.of())) if (report.prints(key)) keys.add(key);
        }
        return keys;
    }

    // ---- the page ----------------------------------------------------------------------------

    private void page() {
        String heading = report.agency().orElse(report.title().orElse(report.source()));
        String year = report.year().isPresent() ? report.year().getAsInt() + "年度" : "年度不明";
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(ReviewHtml.text("审阅 Review · " + heading + " " + year)).append("</title>\n")
                .append("<style>\n").append(ReviewHtml.STYLE).append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#tables\">跳到表格 / Skip to the tables</a>\n<header>\n");
        if (indexHref != null) {
            html.append("<p><a href=\"").append(ReviewHtml.attr(indexHref)).append("\">← 全部报告 / All reports</a></p>\n");
        }
        html.append("<h1>").append(ReviewHtml.text(heading + " " + year)).append("</h1>\n");
        meta();
        summary();
        html.append(
                "</header>\n<main id=\"tables\" tabindex=\"-1\">\n<div class=\"layout\">\n<div class=\"tables\">\n");
        switch (report.template()) {
            case V2019, V2021 -> {
                activeTable();
                applicationsTable();
                reviewTable();
            }
            case LEGACY -> legacyTable();
            default -> { }
        }
        otherCells();
        html.append("</div>\n<aside aria-label=\"发现与说明 / Findings and notes\">\n");
        findingsList();
        unplaced();
        prose();
        html.append("</aside>\n</div>\n</main>\n</body>\n</html>\n");
    }

    private void meta() {
        html.append("<dl class=\"meta\">\n");
        dt("文件 File", report.source());
        dt("标题 Title", report.title().orElse("—"));
        dt("机关 Agency", report.agency().orElse("—"));
        dt("年度 Year", report.year().isPresent() ? Integer.toString(report.year().getAsInt()) : "—");
        dt(
                "格式 Template",
                report.template().name()
                        + (report.templateEvidence().isEmpty()
                                ? ""
                                : " (" + String.join("; ", report.templateEvidence()) + ")"));
        dt("来源格式 Format", report.format().name());
        report.publishedDate().ifPresent(d -> dt("发布日期 Published", d.toString()));
        html.append("</dl>\n");
    }

    private void dt(String name, String value) {
        html.append("<dt>")
                .append(ReviewHtml.text(name))
                .append("</dt><dd>")
                .append(ReviewHtml.text(value))
                .append("</dd>\n");
    }

    private void summary() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : findings) counts.merge(f.severity(), 1, Integer::sum);
        html.append("<p class=\"legend\">")
                .append("<span class=\"sev-error\"><span class=\"sym\" aria-hidden=\"true\">")
                .append(ReviewHtml.ERROR_SYMBOL)
                .append("</span>错误 ERROR: ")
                .append(counts.getOrDefault(Severity.ERROR, 0))
                .append("</span>")
                .append("<span class=\"sev-warning\"><span class=\"sym\" aria-hidden=\"true\">")
                .append(ReviewHtml.WARNING_SYMBOL)
                .append("</span>警告 WARNING: ")
                .append(counts.getOrDefault(Severity.WARNING, 0))
                .append("</span>")
                .append("<span>")
                .append(ReviewHtml.INFO_SYMBOL)
                .append(" 提示 INFO: ")
                .append(counts.getOrDefault(Severity.INFO, 0))
                .append("</span>")
                .append("<span>未能放置 Not placed: ")
                .append(unplacedWarnings().size())
                .append("</span>")
                .append("<span><span class=\"prose-mark\" aria-hidden=\"true\">")
                .append(ReviewHtml.PROSE_SYMBOL)
                .append("</span> 正文数字 prose figure</span>")
                .append("</p>\n<p>单元格可用 Tab 键逐个聚焦,聚焦或悬停时显示读取位置与原文。 / Tab through the cells: "
                        + "focus or hover shows where each was read and its printed text.</p>\n");
    }

    // ---- section 二 ---------------------------------------------------------------------------

    private void activeTable() {
        List<ActiveRow> rows = CellCatalog.activeRows(report.template());
        int width = 1 + rows.stream().mapToInt(r -> r.columns().size()).max().orElse(1);
        html.append("<section aria-labelledby=\"t-active\">\n<h2 id=\"t-active\">二、主动公开政府信息情况</h2>\n<table>\n");
        String provision = null;
        for (ActiveRow row : rows) {
            if (!row.provision().equals(provision)) {
                if (provision != null) html.append("</tbody>\n");
                provision = row.provision();
                html.append("<tbody>\n<tr><th colspan=\"").append(width).append("\" scope=\"colgroup\">")
                        .append(ReviewHtml.text(provision)).append("</th></tr>\n<tr><th scope=\"col\">信息内容</th>");
                for (Item column : row.columns())
                    html.append("<th scope=\"col\">")
                            .append(ReviewHtml.text(column.label()))
                            .append("</th>");
                pad(width - 1 - row.columns().size(), "th");
                html.append("</tr>\n");
            }
            html.append("<tr><th scope=\"row\">").append(ReviewHtml.text(row.label())).append("</th>");
            for (Item column : row.columns()) cell(CellCatalog.activeKey(row, column));
            pad(width - 1 - row.columns().size(), "td");
            html.append("</tr>\n");
        }
        if (provision != null) html.append("</tbody>\n");
        html.append("</table>\n</section>\n");
    }

    private void pad(int span, String tag) {
        if (span > 0)
            html.append('<')
                    .append(tag)
                    .append(" colspan=\"")
                    .append(span)
                    .append("\"></")
                    .append(tag)
                    .append('>');
    }

    // ---- section 三 ---------------------------------------------------------------------------

    /** The label cells of one row of 三, in the form's three label columns. */
    private record Label(String text, int colspan, int rowspan) {}

    private void applicationsTable() {
        List<Item> columns = CellCatalog.applicationColumns();
        List<Item> rows = printedApplicationRows();
        html.append("<section aria-labelledby=\"t-apps\">\n"
                        + "<h2 id=\"t-apps\">三、收到和处理政府信息公开申请情况</h2>\n"
                        + "<table>\n"
                        + "<thead>\n")
                .append("<tr><th colspan=\"3\" rowspan=\"3\" scope=\"col\">(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)</th>")
                .append("<th colspan=\"7\" scope=\"colgroup\">申请人情况</th></tr>\n")
                .append("<tr><th rowspan=\"2\" scope=\"col\">自然人</th><th colspan=\"5\" scope=\"colgroup\">法人或其他组织</th>")
                .append("<th rowspan=\"2\" scope=\"col\">总计</th></tr>\n<tr>");
        for (Item column : columns.subList(1, 6))
            html.append("<th scope=\"col\">")
                    .append(ReviewHtml.text(column.label()))
                    .append("</th>");
        html.append("</tr>\n</thead>\n<tbody>\n");
        int results = (int) rows.stream().filter(r -> isResult(r.id())).count();
        boolean resultsOpened = false;
        String group = null;
        for (Item row : rows) {
            List<Label> labels = new ArrayList<>();
            String id = row.id();
            if (isResult(id) && !resultsOpened) {
                labels.add(new Label("三、本年度办理结果", 1, results));
                resultsOpened = true;
            }
            String rowGroup = groupOf(id);
            if (!isResult(id)) {
                labels.add(new Label(row.label(), 3, 1));
            } else if (rowGroup == null) {
                labels.add(new Label(id.equals("other") ? "(六)其他处理" : row.label(), 2, 1));
            } else {
                if (!rowGroup.equals(group)) {
                    long span = rows.stream().filter(r -> rowGroup.equals(groupOf(r.id()))).count();
                    labels.add(new Label(groupLabel(rowGroup), 1, (int) span));
                }
                labels.add(new Label(row.label(), 1, 1));
            }
            group = rowGroup;
            html.append("<tr>");
            for (Label label : labels) {
                html.append("<th scope=\"").append(label.rowspan() > 1 ? "rowgroup" : "row").append('"');
                if (label.colspan() > 1) html.append(" colspan=\"").append(label.colspan()).append('"');
                if (label.rowspan() > 1) html.append(" rowspan=\"").append(label.rowspan()).append('"');
                html.append('>').append(ReviewHtml.text(label.text())).append("</th>");
            }
            for (Item column : columns) cell(CellCatalog.applicationKey(row, column));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static boolean isResult(String id) {
        return !id.equals("newlyReceived") && !id.equals("carriedOver") && !id.equals("carriedForward");
    }

    /** The row group of a result row of 三 ((三), (四), (五), V2021's (六) sub-rows), or null for a row of its own. */
    private static String groupOf(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? null : id.substring(0, dot);
    }

    private static String groupLabel(String group) {
        return switch (group) {
            case "refused" -> "(三)不予公开";
            case "unable" -> "(四)无法提供";
            case "notProcessed" -> "(五)不予处理";
            case "other" -> "(六)其他处理";
            default -> group;
        };
    }

    /**
     * The rows of 三 as the report prints them: every row of the template, with V2021's (六) as the
     * single sum row, its three sub-rows, or both, as printed (the sub-rows, as the form has them,
     * when neither is).
     */
    private List<Item> printedApplicationRows() {
        List<Item> all = CellCatalog.applicationRows(report.template());
        if (report.template() != Template.V2021) return all;
        boolean sum = printsRow("other");
        boolean parts = CellCatalog.applicationParts(Template.V2021, "other").stream().anyMatch(this::printsRow);
        List<Item> rows = new ArrayList<>();
        for (Item row : all) {
            if (row.id().equals("other") && !sum) continue;
            if (row.id().startsWith("other.") && sum && !parts) continue;
            rows.add(row);
        }
        return rows;
    }

    private boolean printsRow(String rowId) {
        for (Item column : CellCatalog.applicationColumns()) {
            if (report.prints(CellCatalog.applicationKey(new Item(rowId, ""), column))) return true;
        }
        return false;
    }

    // ---- section 四 ---------------------------------------------------------------------------

    private void reviewTable() {
        List<Item> groups = CellCatalog.reviewGroups();
        List<Item> columns = CellCatalog.reviewColumns();
        html.append("<section aria-labelledby=\"t-review\">\n"
                        + "<h2 id=\"t-review\">四、政府信息公开行政复议、行政诉讼情况</h2>\n"
                        + "<table>\n"
                        + "<thead>\n")
                .append("<tr><th colspan=\"5\" scope=\"colgroup\">行政复议</th><th colspan=\"10\""
                        + " scope=\"colgroup\">行政诉讼</th></tr>\n"
                        + "<tr>");
        for (Item column : columns)
            html.append("<th rowspan=\"2\" scope=\"col\">")
                    .append(ReviewHtml.text(column.label()))
                    .append("</th>");
        html.append("<th colspan=\"5\" scope=\"colgroup\">未经复议直接起诉</th><th colspan=\"5\""
                + " scope=\"colgroup\">复议后起诉</th></tr>\n"
                + "<tr>");
        for (int g = 1; g < groups.size(); g++) {
            for (Item column : columns)
                html.append("<th scope=\"col\">")
                        .append(ReviewHtml.text(column.label()))
                        .append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n<tr>");
        for (Item group : groups) for (Item column : columns) cell(CellCatalog.reviewKey(group, column));
        html.append("</tr>\n</tbody>\n</table>\n</section>\n");
    }

    // ---- LEGACY -------------------------------------------------------------------------------

    private void legacyTable() {
        List<String> indicators = report.cells().keySet().stream()
                .filter(CellCatalog::isLegacyKey).filter(k -> !k.endsWith(".cumulative")).toList();
        boolean cumulative =
                report.cells().keySet().stream().anyMatch(k -> CellCatalog.isLegacyKey(k) && k.endsWith(".cumulative"));
        html.append("<section aria-labelledby=\"t-legacy\">\n"
                        + "<h2 id=\"t-legacy\">政府信息公开情况统计表</h2>\n"
                        + "<table>\n"
                        + "<thead>\n"
                        + "<tr>")
                .append("<th scope=\"col\">统计指标</th><th scope=\"col\">单位</th><th scope=\"col\">统计数</th>");
        if (cumulative) html.append("<th scope=\"col\">历年累计</th>");
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (String key : indicators) {
            int depth = Math.min(5, key.split("\\.").length - 1);
            String label = report.labels().getOrDefault(key, key);
            String unit = report.cell(key).flatMap(CellValue::unit).orElse("");
            html.append("<tr><th scope=\"row\" class=\"d")
                    .append(depth)
                    .append("\">")
                    .append(ReviewHtml.text(label))
                    .append("</th>")
                    .append("<td>")
                    .append(ReviewHtml.text(unit))
                    .append("</td>");
            cell(key);
            if (cumulative) cell(CellCatalog.cumulativeKey(key));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * Cells the layout above has no place for (a cumulative value without its indicator, a key of another template).
     */
    private void otherCells() {
        List<String> rest = report.cells().keySet().stream().filter(k -> !drawn.contains(k)).toList();
        if (rest.isEmpty()) return;
        html.append("<section aria-labelledby=\"t-other\">\n"
                        + "<h2 id=\"t-other\">其他单元格 / Other cells</h2>\n"
                        + "<table>\n"
                        + "<thead>\n")
                .append("<tr><th scope=\"col\">键 Key</th><th scope=\"col\">指标 Label</th><th scope=\"col\">数值"
                        + " Value</th></tr>\n"
                        + "</thead>\n"
                        + "<tbody>\n");
        for (String key : rest) {
            html.append("<tr><th scope=\"row\"><code>").append(ReviewHtml.text(key)).append("</code></th><td>")
                    .append(ReviewHtml.text(report.labels().getOrDefault(key, ""))).append("</td>");
            cell(key);
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    // ---- one cell -----------------------------------------------------------------------------

    private void cell(String key) {
        Optional<CellValue> printed = report.cell(key);
        if (printed.isEmpty() || !drawn.add(key)) {
            html.append("<td class=\"v np\" title=\"未印出 / not printed\"></td>");
            return;
        }
        CellValue cell = printed.get();
        Severity severity = worst.get(key);
        List<String> refs = findingIds.getOrDefault(key, List.of());
        List<String> prose = proseIds.getOrDefault(key, List.of());
        String tipId = "tip-" + key;
        html.append("<td id=\"").append(ReviewHtml.attr(cellId(key))).append("\" class=\"v");
        if (severity != null) html.append(' ').append(ReviewHtml.severityClass(severity));
        html.append("\" tabindex=\"0\" data-key=\"").append(ReviewHtml.attr(key)).append('"');
        if (cell.value().isPresent())
            html.append(" data-value=\"")
                    .append(ReviewHtml.attr(ReviewHtml.number(cell.value())))
                    .append('"');
        html.append(" data-raw=\"").append(ReviewHtml.attr(cell.raw())).append('"');
        cell.unit().ifPresent(u -> html.append(" data-unit=\"").append(ReviewHtml.attr(u)).append('"'));
        if (severity != null) html.append(" data-severity=\"").append(severity.name()).append('"');
        html.append(" aria-describedby=\"").append(ReviewHtml.attr(tipId)).append("\">");
        html.append("<span class=\"raw\">").append(ReviewHtml.text(cell.raw())).append("</span>");
        if (severity != null) {
            html.append("<span class=\"mark\" aria-hidden=\"true\">")
                    .append(ReviewHtml.symbol(severity))
                    .append("</span>");
        }
        if (!prose.isEmpty())
            html.append("<span class=\"prose-mark\" aria-hidden=\"true\">")
                    .append(ReviewHtml.PROSE_SYMBOL)
                    .append("</span>");
        html.append("<span class=\"tip\" role=\"tooltip\" id=\"")
                .append(ReviewHtml.attr(tipId))
                .append("\">")
                .append("<code>")
                .append(ReviewHtml.text(key))
                .append("</code><br>")
                .append("位置 Read at: ")
                .append(ReviewHtml.text(ReviewHtml.provenance(cell.provenance())))
                .append("<br>")
                .append("原文 Printed: ")
                .append(cell.raw().isEmpty() ? "(空白 blank)" : "“" + ReviewHtml.text(cell.raw()) + "”")
                .append("<br>")
                .append("数值 Value: ")
                .append(cell.value().isPresent() ? ReviewHtml.text(ReviewHtml.number(cell.value())) : "(无 none)");
        cell.unit().ifPresent(u -> html.append(' ').append(ReviewHtml.text(u)));
        if (severity != null) {
            html.append("<br>").append(ReviewHtml.text(ReviewHtml.severityName(severity))).append(": ");
            for (String ref : refs) html.append(ReviewHtml.text(ruleOf(ref))).append(' ');
        }
        for (String ref : prose) {
            NarrativeFigure figure = report.narrative().get(Integer.parseInt(ref.substring(2)) - 1);
            html.append("<br>正文 Prose: ")
                    .append(ReviewHtml.text(
                            Decimals.text(figure.value()) + figure.unit().orElse("")));
        }
        html.append("</span></td>");
    }

    private String ruleOf(String findingId) {
        return findings.get(Integer.parseInt(findingId.substring(2)) - 1).rule();
    }

    // ---- beside the tables --------------------------------------------------------------------

    private void findingsList() {
        html.append("<section aria-labelledby=\"s-findings\">\n<h2 id=\"s-findings\">发现 Findings (")
                .append(findings.size())
                .append(")</h2>\n");
        if (findings.isEmpty()) {
            html.append("<p>没有发现。 / No findings.</p>\n</section>\n");
            return;
        }
        html.append("<ol class=\"findings\">\n");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            html.append("<li id=\"")
                    .append(findingId(i))
                    .append("\" class=\"finding ")
                    .append(ReviewHtml.severityClass(f.severity()))
                    .append("\" data-severity=\"")
                    .append(f.severity().name())
                    .append("\" data-rule=\"")
                    .append(ReviewHtml.attr(f.rule()))
                    .append("\">")
                    .append("<span class=\"sym\" aria-hidden=\"true\">")
                    .append(ReviewHtml.symbol(f.severity()))
                    .append("</span>")
                    .append("<strong>")
                    .append(ReviewHtml.text(ReviewHtml.severityName(f.severity())))
                    .append("</strong> ")
                    .append("<code>")
                    .append(ReviewHtml.text(f.rule()))
                    .append("</code>")
                    .append("<p>")
                    .append(ReviewHtml.text(f.messageZh()))
                    .append("</p>")
                    .append("<p lang=\"en\">")
                    .append(ReviewHtml.text(f.messageEn()))
                    .append("</p>");
            if (f.expected().isPresent() || f.actual().isPresent()) {
                html.append("<p>应为 Expected: <b>")
                        .append(f.expected().map(Decimals::text).orElse("—"))
                        .append("</b> · 实为 Actual: <b>")
                        .append(f.actual().map(Decimals::text).orElse("(空白 blank)"))
                        .append("</b></p>");
            }
            if (!f.keys().isEmpty()) {
                html.append("<p>单元格 Cells: ");
                for (String key : f.keys()) {
                    if (drawn.contains(key)) {
                        html.append("<a class=\"key\" href=\"#").append(ReviewHtml.attr(cellId(key))).append("\">")
                                .append(ReviewHtml.text(key)).append("</a> ");
                    } else {
                        html.append("<span class=\"key\">")
                                .append(ReviewHtml.text(key))
                                .append(" (未印出 not printed)</span> ");
                    }
                }
                html.append("</p>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    private List<Warning> unplacedWarnings() {
        return report.warnings().stream().filter(w -> UNPLACED_CODES.contains(w.code())).toList();
    }

    private void unplaced() {
        List<Warning> unplaced = unplacedWarnings();
        List<Warning> others = report.warnings().stream().filter(w -> !UNPLACED_CODES.contains(w.code())).toList();
        html.append("<section aria-labelledby=\"s-unplaced\">\n<h2 id=\"s-unplaced\">未能放置的数值 / Values not placed (")
                .append(unplaced.size()).append(")</h2>\n");
        warnings(unplaced, "读取时没有未能放置的数值。 / The reader placed every value it read.");
        html.append("<h3>其他读取警告 / Other reader warnings (").append(others.size()).append(")</h3>\n");
        warnings(others, "无。 / None.");
        html.append("</section>\n");
    }

    private void warnings(List<Warning> warnings, String none) {
        if (warnings.isEmpty()) {
            html.append("<p>").append(ReviewHtml.text(none)).append("</p>\n");
            return;
        }
        html.append("<ul class=\"plain\">\n");
        for (Warning w : warnings) {
            html.append("<li class=\"warning\" data-code=\"")
                    .append(ReviewHtml.attr(w.code().code()))
                    .append("\"><code>")
                    .append(ReviewHtml.text(w.code().code()))
                    .append("</code> ")
                    .append(ReviewHtml.text(w.message()))
                    .append(" <small>(")
                    .append(ReviewHtml.text(ReviewHtml.provenance(w.provenance())))
                    .append(")</small></li>\n");
        }
        html.append("</ul>\n");
    }

    private void prose() {
        List<NarrativeFigure> figures = report.narrative();
        html.append("<section aria-labelledby=\"s-prose\">\n<h2 id=\"s-prose\">正文中的数字 / Figures in the prose (")
                .append(figures.size())
                .append(")</h2>\n");
        if (figures.isEmpty()) {
            html.append("<p>正文中没有读到数字。 / No figures read from the prose.</p>\n</section>\n");
            return;
        }
        html.append("<table>\n"
                + "<thead>\n"
                + "<tr><th scope=\"col\">正文 Prose</th><th scope=\"col\">表格 Table</th></tr>\n"
                + "</thead>\n"
                + "<tbody>\n");
        for (int i = 0; i < figures.size(); i++) {
            NarrativeFigure figure = figures.get(i);
            html.append("<tr id=\"")
                    .append(proseId(i))
                    .append("\"><td><code>")
                    .append(ReviewHtml.text(figure.name()))
                    .append("</code> <b>")
                    .append(ReviewHtml.text(
                            Decimals.text(figure.value()) + figure.unit().orElse("")))
                    .append("</b><br><span class=\"quote\">“")
                    .append(ReviewHtml.text(figure.quote()))
                    .append("”</span> <small>(")
                    .append(ReviewHtml.text(ReviewHtml.provenance(figure.provenance())))
                    .append(")</small></td><td>");
            List<String> cells = proseCells.getOrDefault(proseId(i), List.of());
            if (cells.isEmpty()) html.append("—");
            for (String key : cells) {
                Optional<BigDecimal> value = report.value(key);
                html.append("<a class=\"key\" href=\"#")
                        .append(ReviewHtml.attr(cellId(key)))
                        .append("\">")
                        .append(ReviewHtml.text(key))
                        .append("</a> = <b>")
                        .append(value.map(Decimals::text).orElse("(空白 blank)"))
                        .append("</b><br>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }
}
