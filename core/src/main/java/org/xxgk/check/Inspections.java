package org.xxgk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.xxgk.internal.Text;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog.ActiveRow;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellValue;
import org.xxgk.model.ReportSection;
import org.xxgk.model.Template;

/** The rules that inspect cells one by one, or the report as a whole, rather than adding them up. */
final class Inspections {

    private Inspections() {}

    // ---- NON_NEGATIVE_COUNT --------------------------------------------------------------------

    /** A cell NON_NEGATIVE_COUNT reads, and whether it must be whole (a count) or only ≥ 0 (an amount). */
    private record Counted(String key, boolean whole) {}

    // the cells read, in order, composed once per template
    private static final Map<Template, List<Counted>> COUNTED = new ConcurrentHashMap<>();

    /** Every count of 二 (except *.change), 三 and 四 is a whole number ≥ 0; amounts need only be ≥ 0. */
    static List<Finding> nonNegativeCounts(Rule rule, Audit audit) {
        List<Finding> out = new ArrayList<>();
        for (Counted c : COUNTED.computeIfAbsent(audit.report().template(), Inspections::counted)) {
            // a finding at most a cell, most none: no consumer made for each
            Optional<Finding> finding = checkCount(rule, audit, c.key(), c.whole());
            if (finding.isPresent()) out.add(finding.get());
        }
        return out;
    }

    private static List<Counted> counted(Template template) {
        List<Counted> out = new ArrayList<>();
        for (ActiveRow row : CellCatalog.activeRows(template)) {
            for (Item column : row.columns()) {
                if (column.id().equals(Keys.CHANGE)) continue;
                boolean amount = column.id().equals(Keys.AMOUNT);
                out.add(new Counted(Keys.active(row.id(), column.id()), !amount));
            }
        }
        for (Item row : CellCatalog.applicationRows(template)) {
            for (String key : Keys.applicationRow(row.id())) out.add(new Counted(key, true));
        }
        for (Item group : CellCatalog.reviewGroups()) {
            for (Item column : CellCatalog.reviewColumns())
                out.add(new Counted(Keys.review(group.id(), column.id()), true));
        }
        return List.copyOf(out);
    }

    private static Optional<Finding> checkCount(Rule rule, Audit audit, String key, boolean whole) {
        Optional<BigDecimal> value = audit.value(key);
        if (value.isEmpty()) return Optional.empty();
        BigDecimal v = value.get();
        boolean negative = v.signum() < 0;
        boolean fractional = whole && v.stripTrailingZeros().scale() > 0;
        if (!negative && !fractional) return Optional.empty();
        String whatZh = whole ? "不是非负整数" : "为负数";
        String whatEn = whole ? "is not a whole number ≥ 0" : "is negative";
        return Optional.of(audit.finding(rule, rule.severity(), List.of(key), Optional.empty(), value,
                key + " 的值 " + Audit.plain(v) + " " + whatZh, key + " = " + Audit.plain(v) + " " + whatEn));
    }

    // ---- ACTIVE_PUBLISHED_LE_TOTAL -------------------------------------------------------------

    /** V2019: active.X.newlyPublished ≤ active.X.totalPublished for the rows that print both. */
    static List<Finding> publishedWithinTotal(Rule rule, Audit audit) {
        List<Finding> out = new ArrayList<>();
        for (ActiveRow row : CellCatalog.activeRows(audit.report().template())) {
            List<String> columns = row.columns().stream().map(Item::id).toList();
            if (!columns.contains(Keys.NEWLY_PUBLISHED) || !columns.contains(Keys.TOTAL_PUBLISHED)) continue;
            String newly = Keys.active(row.id(), Keys.NEWLY_PUBLISHED);
            String total = Keys.active(row.id(), Keys.TOTAL_PUBLISHED);
            Optional<BigDecimal> n = audit.value(newly);
            Optional<BigDecimal> t = audit.value(total);
            if (n.isEmpty() || t.isEmpty() || n.get().compareTo(t.get()) <= 0) continue;
            out.add(audit.finding(
                    rule,
                    rule.severity(),
                    List.of(newly, total),
                    n,
                    t,
                    row.label() + ":本年新公开数量 " + Audit.plain(n.get()) + " 大于对外公开总数量 " + Audit.plain(t.get()),
                    row.id() + ": newly published " + Audit.plain(n.get()) + " exceeds total published "
                            + Audit.plain(t.get())));
        }
        return out;
    }

    // ---- UNIT_MISMATCH -------------------------------------------------------------------------

    /**
     * A cell whose template states a unit.
     *
     * @param implausibleFrom a value this large is implausible in that unit (printed in 元 where 万元 is meant)
     */
    record StatedUnit(Set<Template> templates, CellRef cell, String unit, BigDecimal implausibleFrom) {}

    private static final BigDecimal MILLION = new BigDecimal(1_000_000);

    /** Where a template states a unit. V2019's 采购总金额 states none, so it is not here. */
    static final List<StatedUnit> STATED_UNITS = List.of(
            new StatedUnit(EnumSet.of(Template.V2021), CellRef.key(Keys.active("fees", Keys.AMOUNT)), "万元", MILLION),
            new StatedUnit(EnumSet.of(Template.LEGACY), CellRef.label(LegacyItems.FEES), "万元", MILLION),
            new StatedUnit(EnumSet.of(Template.LEGACY), CellRef.label(LegacyItems.SPECIAL_FUNDS), "万元", MILLION));

    // white space inside a stated unit (万 元), compiled once: every report with a unit asks
    private static final Pattern UNIT_SPACE = Pattern.compile("\\s");

    static List<Finding> unitMismatches(Rule rule, Audit audit) {
        List<Finding> out = new ArrayList<>();
        for (StatedUnit stated : STATED_UNITS) {
            if (!stated.templates().contains(audit.report().template())) continue;
            Optional<String> key = stated.cell().resolve(audit);
            Optional<CellValue> cell = key.flatMap(audit.report()::cell);
            if (cell.isEmpty()) continue;
            Optional<String> unit = cell.get().unit().map(u -> UNIT_SPACE.matcher(u).replaceAll(""));
            Optional<BigDecimal> value = cell.get().value();
            if (unit.isPresent() && !unit.get().equals(stated.unit())) {
                out.add(audit.finding(rule, rule.severity(), List.of(key.get()), Optional.empty(), value,
                        key.get() + " 注明单位「" + unit.get() + "」,模板单位为「" + stated.unit() + "」",
                        key.get() + " states the unit " + unit.get() + " where the template's is " + stated.unit()));
            } else if (value.isPresent() && value.get().abs().compareTo(stated.implausibleFrom()) >= 0) {
                out.add(audit.finding(
                        rule,
                        rule.severity(),
                        List.of(key.get()),
                        Optional.empty(),
                        value,
                        key.get() + " 的值 " + Audit.plain(value.get()) + stated.unit() + " 不合常理,疑似按元填报",
                        key.get() + " = " + Audit.plain(value.get()) + " " + stated.unit()
                                + " is implausible; printed in 元?"));
            }
        }
        return out;
    }

    // ---- TEMPLATE_YEAR -------------------------------------------------------------------------

    /** The statistical years a template is meant for. */
    record YearSpan(int from, int to) {}

    static final Map<Template, YearSpan> TEMPLATE_YEARS = Map.of(
            Template.LEGACY, new YearSpan(Integer.MIN_VALUE, 2018),
            Template.V2019, new YearSpan(Integer.MIN_VALUE, 2020),
            Template.V2021, new YearSpan(2021, Integer.MAX_VALUE));

    static List<Finding> templateYear(Rule rule, Audit audit) {
        AnnualReport report = audit.report();
        YearSpan span = TEMPLATE_YEARS.get(report.template());
        if (span == null || report.year().isEmpty()) return List.of();
        int year = report.year().getAsInt();
        if (year >= span.from() && year <= span.to()) return List.of();
        return List.of(audit.finding(
                rule,
                rule.severity(),
                List.of(),
                Optional.empty(),
                Optional.of(BigDecimal.valueOf(year)),
                year + " 年度报告使用了 " + report.template() + " 格式",
                "a report for " + year + " uses the " + report.template() + " format"));
    }

    // ---- MISSING_TABLE -------------------------------------------------------------------------

    /** A table a template requires, with the keys that show it was found. */
    record RequiredTable(Set<Template> templates, String nameZh, String nameEn, Function<Audit, List<String>> keys) {}

    static final List<RequiredTable> REQUIRED_TABLES = List.of(
            new RequiredTable(
                    EnumSet.of(Template.V2019, Template.V2021),
                    "二、主动公开政府信息情况",
                    "table 二 (active disclosure)",
                    perTemplate(t -> CellCatalog.activeRows(t).stream()
                            .flatMap(r -> r.columns().stream().map(c -> Keys.active(r.id(), c.id())))
                            .toList())),
            new RequiredTable(
                    EnumSet.of(Template.V2019, Template.V2021),
                    "三、收到和处理政府信息公开申请情况",
                    "table 三 (applications)",
                    perTemplate(t -> CellCatalog.applicationRows(t).stream()
                            .flatMap(r -> Keys.applicationRow(r.id()).stream())
                            .toList())),
            new RequiredTable(
                    EnumSet.of(Template.V2019, Template.V2021),
                    "四、政府信息公开行政复议、行政诉讼情况",
                    "table 四 (review and litigation)",
                    perTemplate(t -> CellCatalog.reviewGroups().stream()
                            .flatMap(g -> CellCatalog.reviewColumns().stream().map(c -> Keys.review(g.id(), c.id())))
                            .toList())),
            new RequiredTable(
                    EnumSet.of(Template.LEGACY),
                    "政府信息公开情况统计表",
                    "the statistics table",
                    a -> a.legacy().keys()));

    /** Keys that depend on the template alone, composed once per template (every report asks them). */
    private static Function<Audit, List<String>> perTemplate(Function<Template, List<String>> keys) {
        Map<Template, List<String>> made = new ConcurrentHashMap<>();
        return a -> made.computeIfAbsent(a.report().template(), keys);
    }

    static List<Finding> missingTables(Rule rule, Audit audit) {
        List<Finding> out = new ArrayList<>();
        for (RequiredTable table : REQUIRED_TABLES) {
            if (!table.templates().contains(audit.report().template())) continue;
            List<String> keys = table.keys().apply(audit);
            if (keys.stream().anyMatch(audit.report()::prints)) continue;
            out.add(audit.finding(rule, rule.severity(), keys, Optional.empty(), Optional.empty(),
                    "未找到" + table.nameZh(), table.nameEn() + " was not found", table.nameEn()));
        }
        return out;
    }

    // ---- TABLE_NOT_READ ------------------------------------------------------------------------

    /**
     * A report read by half is not clean: where the reader left printed rows or values unplaced, one
     * finding says how many (the extraction warnings say which and why), so that no check calls such
     * a report consistent.
     */
    static List<Finding> tablesNotRead(Rule rule, Audit audit) {
        long unread = audit.report().warnings().stream().filter(w -> w.code().tableUnread()).count();
        if (unread == 0) return List.of();
        return List.of(audit.finding(
                rule,
                rule.severity(),
                List.of(),
                Optional.empty(),
                Optional.of(BigDecimal.valueOf(unread)),
                unread + " 处表格行或数值未能读取(见提取警告),其勾稽关系未全部检查",
                unread
                        + " table rows or values could not be read (see the extraction warnings); their sums"
                        + " are not all checked"));
    }

    // ---- EMPTY_SECTION -------------------------------------------------------------------------

    /** The number of the problems-and-improvements section (存在的主要问题及改进情况) in each template. */
    static final Map<Template, Integer> PROBLEMS_SECTION =
            Map.of(Template.V2019, 5, Template.V2021, 5, Template.LEGACY, 6);

    /**
     * A heading that names the problems section, whatever its number: LEGACY reports number their
     * parts as they please (五、主要问题和改进措施 when no part on 复议/诉讼 precedes it, 四、 in a
     * county's report).
     */
    private static final Pattern PROBLEMS_HEADING = Pattern.compile("存在[^。,;]{0,8}问题|问题[^。,;]{0,8}(?:改进|整改|措施)");
    /**
     * What is no content of a section: the one statement {@link #saysNothing} reads by character (a test holds them
     * together).
     */
    static final Pattern NOT_CONTENT = Pattern.compile("[\\s\\p{P}\\p{S}]");

    private static final Set<String> NOTHING = Set.of("", "无", "暂无");

    static List<Finding> emptySection(Rule rule, Audit audit) {
        Integer fallback = PROBLEMS_SECTION.get(audit.report().template());
        if (fallback == null) return List.of();
        Optional<ReportSection> section = problemsSection(audit.report());
        int number = section.map(ReportSection::number).orElse(fallback);
        if (section.isPresent() && !saysNothing(section.get().text())) return List.of();
        String numeral = number <= 10 ? String.valueOf("一二三四五六七八九十".charAt(number - 1)) : Integer.toString(number);
        String how = section.isEmpty() ? "缺失" : "为空或仅写「无」";
        String howEn = section.isEmpty() ? "is missing" : "is empty or only 无";
        return List.of(audit.finding(rule, rule.severity(), List.of(), Optional.empty(), Optional.empty(),
                "第" + numeral + "部分(存在的主要问题及改进情况)" + how,
                "section " + numeral + " (problems and improvements) " + howEn));
    }

    /**
     * Whether a section's text, without white space, punctuation and symbols ({@link #NOT_CONTENT}),
     * is one of {@link #NOTHING}: read character by character, it stops at the fourth one kept.
     */
    static boolean saysNothing(String text) {
        StringBuilder kept = new StringBuilder(4);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isNotContent(c)) continue;
            if (kept.length() >= 3) return false;
            kept.appendCodePoint(c);
        }
        return NOTHING.contains(kept.toString());
    }

    /** {@code [\s\p{P}\p{S}]} of one code point, as {@link #NOT_CONTENT} reads it. */
    private static boolean isNotContent(int c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') return true;
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The section whose heading names problems and improvements, else the one at the template's number. */
    static Optional<ReportSection> problemsSection(AnnualReport report) {
        for (ReportSection s : report.sections()) {
            if (PROBLEMS_HEADING.matcher(Text.compact(s.heading())).find()) return Optional.of(s);
        }
        return Optional.ofNullable(PROBLEMS_SECTION.get(report.template())).flatMap(report::section);
    }

    // ---- MISSING_TOTAL -------------------------------------------------------------------------

    /** One finding per blank total whose parts are not all zero, with the first formula that reads it. */
    static List<Finding> missingTotals(Rule rule, Audit audit) {
        List<Finding> out = new ArrayList<>();
        for (Audit.MissingTotal missing : audit.missingTotals().values()) {
            Formula f = missing.formula();
            out.add(audit.finding(
                    rule,
                    rule.severity(),
                    f.keys(),
                    Optional.of(missing.partsSum()),
                    Optional.empty(),
                    f.whereZh() + ":总计 " + missing.totalKey() + " 空白,而各项合计 " + Audit.plain(missing.partsSum()),
                    f.whereEn() + ": the total " + missing.totalKey() + " is blank while the parts give "
                            + Audit.plain(missing.partsSum())));
        }
        return out;
    }
}
