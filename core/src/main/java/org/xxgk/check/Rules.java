package org.xxgk.check;

import static org.xxgk.check.LegacyRules.childrenOf;
import static org.xxgk.check.LegacyRules.subItemsOf;
import static org.xxgk.check.LegacyRules.sums;
import static org.xxgk.check.Severity.ERROR;
import static org.xxgk.check.Severity.WARNING;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.xxgk.model.Template;

/**
 * The rules of {@code spec/rules.md}, in its order: the one table. Adding a rule is adding a row
 * here (and its small function); the order of this table is the order of the findings. A LEGACY
 * sum is a total found by label and the parts its numbering puts below it, never parts by label.
 */
final class Rules {

    private Rules() {}

    private static final Set<Template> TABLES = EnumSet.of(Template.V2019, Template.V2021);
    private static final Set<Template> V2019 = EnumSet.of(Template.V2019);
    private static final Set<Template> V2021 = EnumSet.of(Template.V2021);
    private static final Set<Template> LEGACY = EnumSet.of(Template.LEGACY);
    private static final Set<Template> KNOWN = EnumSet.of(Template.V2019, Template.V2021, Template.LEGACY);

    private static Rule.FormulaCheck formulas(Function<Audit, Formulas> formulas) {
        return new Rule.FormulaCheck(formulas);
    }

    /** The rules run on each report. */
    static final List<Rule> REPORT = List.of(
            new Rule("APP_ROW_SUM", ERROR, TABLES,
                    "申请情况表(三)各行申请人各列之和应等于总计", "in each row of table 三 the applicant columns add up to 总计",
                    formulas(TableFormulas::rowSums)),
            new Rule("APP_OTHER_SUM", ERROR, V2021,
                    "三(六)其他处理应等于其三个分项之和", "三(六) equals the sum of its three sub-rows",
                    formulas(TableFormulas::otherSums)),
            new Rule("APP_RESULT_SUM", ERROR, TABLES,
                    "三(七)总计应等于三(一)至三(六)各项之和", "三(七) equals the sum of the result rows 三(一) to 三(六)",
                    formulas(TableFormulas::resultSums)),
            new Rule("APP_BALANCE", ERROR, TABLES,
                    "勾稽关系:一 + 二 应等于 三(七) + 四", "the official balance 一 + 二 = 三(七) + 四 fails",
                    formulas(TableFormulas::balances)),
            new Rule("REVIEW_SUM", ERROR, TABLES,
                    "行政复议、行政诉讼各组结果之和应等于总计", "in each group of table 四 the results add up to 总计",
                    formulas(TableFormulas::reviewSums)),
            new Rule("NON_NEGATIVE_COUNT", ERROR, TABLES,
                    "件数应为非负整数,金额不应为负", "counts are whole numbers ≥ 0 and amounts are ≥ 0",
                    Inspections::nonNegativeCounts),
            new Rule("MISSING_TOTAL", WARNING, KNOWN,
                    "总计空白而各项不全为0", "a total is blank while its parts are not all zero",
                    Inspections::missingTotals),
            new Rule("ACTIVE_PUBLISHED_LE_TOTAL", WARNING, V2019,
                    "本年新公开数量不应大于对外公开总数量", "newly published exceeds total published",
                    Inspections::publishedWithinTotal),
            new Rule("UNIT_MISMATCH", WARNING, KNOWN,
                    "单位与模板不符或金额不合常理", "a unit differs from the template's, or an amount is implausible for it",
                    Inspections::unitMismatches),
            new Rule("TEMPLATE_YEAR", WARNING, KNOWN,
                    "报告格式与年度不符", "the report's format does not fit its year",
                    Inspections::templateYear),
            new Rule("MISSING_TABLE", WARNING, KNOWN,
                    "模板要求的表格未找到", "a table the template requires was not found",
                    Inspections::missingTables),
            new Rule("TABLE_NOT_READ", WARNING, KNOWN,
                    "统计表未能完整读取", "the report's tables were not read in full",
                    Inspections::tablesNotRead),
            new Rule("EMPTY_SECTION", WARNING, KNOWN,
                    "存在的主要问题及改进情况部分缺失或为空", "the problems-and-improvements section is missing or empty",
                    Inspections::emptySection),
            new Rule("NARRATIVE_MISMATCH", WARNING, KNOWN,
                    "正文数字与统计表不符", "a figure in the prose contradicts the table",
                    NarrativeLinks::check),
            new Rule("LEGACY_APP_CHANNELS", ERROR, LEGACY,
                    "收到申请数应等于各申请方式之和", "applications received equal the sum of the channels",
                    formulas(sums(childrenOf(LegacyItems.RECEIVED)))),
            new Rule("LEGACY_APP_COMPLETED", ERROR, LEGACY,
                    "申请办结数应等于按时办结数与延期办结数之和", "applications completed equal on time plus late",
                    formulas(sums(childrenOf(LegacyItems.COMPLETED)))),
            new Rule("LEGACY_APP_REPLIES", ERROR, LEGACY,
                    "申请答复数应等于各答复类型之和", "replies equal the sum of their numbered items",
                    formulas(sums(childrenOf(LegacyItems.REPLIES)))),
            new Rule("LEGACY_REFUSED_PARTS", ERROR, LEGACY,
                    "不同意公开答复数应等于其中各项之和", "refusals equal the sum of their 其中 items",
                    formulas(sums(subItemsOf(LegacyItems.REFUSED)))),
            new Rule("LEGACY_REVIEW_SUM", ERROR, LEGACY,
                    "行政复议、行政诉讼数量应等于其各项之和", "reconsideration and litigation counts equal the sum of their items",
                    formulas(sums(childrenOf(LegacyItems.RECONSIDERATION), childrenOf(LegacyItems.LITIGATION)))),
            new Rule("LEGACY_STAFF_SUM", ERROR, LEGACY,
                    "工作人员数应等于专职与兼职人数之和", "staff equal full-time plus part-time",
                    formulas(sums(childrenOf(LegacyItems.STAFF)))),
            new Rule("LEGACY_ACTIVE_CHANNELS", WARNING, LEGACY,
                    "主动公开政府信息数小于单一渠道公开数", "items published are fewer than those of a single channel",
                    LegacyRules::activeChannels),
            new Rule("LEGACY_SUBITEM_LE_PARENT", WARNING, LEGACY,
                    "其中项大于其所属指标", "a 其中 item exceeds its parent",
                    LegacyRules::subItemsWithinParent));

    /** The rules run on a set of reports, after each report's own. */
    static final List<CrossRule> CROSS = List.of(
            new CrossRule("CROSS_YEAR_CARRY", WARNING,
                    "本年上年结转申请数应等于上一年度结转下年度数", "applications carried over equal those carried forward the year before",
                    CrossReportRules::carriedApplications),
            new CrossRule("CROSS_YEAR_PREVIOUS", WARNING,
                    "上一年项目数量应等于上年报告的上一年项目数量加本年增减", "the previous-year count equals last report's count plus its change",
                    CrossReportRules::previousYearCounts),
            new CrossRule("DUPLICATE_TEXT", WARNING,
                    "报告内容雷同", "near-identical text in two reports",
                    CrossReportRules::duplicateText));
}
