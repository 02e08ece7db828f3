package org.xxgk.check;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.Template;

/** The formula instances of the V2019 / V2021 tables 三 and 四, built from {@link CellCatalog}. */
final class TableFormulas {

    private TableFormulas() {}

    /** APP_ROW_SUM: for every row r of 三, Σ_{c∈C} r.c = r.total. */
    static Formulas rowSums(Audit audit) {
        List<Formula> list = new ArrayList<>();
        for (Item row : CellCatalog.applicationRows(audit.report().template())) {
            List<String> parts = Keys.applicantColumns().stream().map(c -> Keys.application(row.id(), c.id())).toList();
            list.add(Formula.sum("三 " + row.label() + " 行", "row " + row.id() + " of 三",
                    parts, Keys.application(row.id(), Keys.TOTAL)));
        }
        return Formulas.of(list);
    }

    /** APP_OTHER_SUM: V2021, when both the 三(六) sum row and its sub-rows are printed, other.c = Σ other.*.c. */
    static Formulas otherSums(Audit audit) {
        AnnualReport report = audit.report();
        List<Item> subRows = otherSubRows(report.template());
        if (!printsRow(report, Keys.OTHER) || subRows.stream().noneMatch(r -> printsRow(report, r.id()))) return Formulas.none();
        List<Formula> list = new ArrayList<>();
        for (Item column : Keys.columnsWithTotal()) {
            List<String> parts = subRows.stream().map(r -> Keys.application(r.id(), column.id())).toList();
            list.add(Formula.sum("三(六)其他处理 " + column.label() + " 列", "column " + column.id() + " of 三(六)",
                    parts, Keys.application(Keys.OTHER, column.id())));
        }
        return Formulas.of(list);
    }

    /**
     * APP_RESULT_SUM: for c ∈ C+, resultTotal.c = Σ of the result rows; 三(六) is its sum row, or its
     * sub-rows when only they are printed.
     */
    static Formulas resultSums(Audit audit) {
        AnnualReport report = audit.report();
        Template template = report.template();
        boolean subRowsOnly = !printsRow(report, Keys.OTHER)
                && otherSubRows(template).stream().anyMatch(r -> printsRow(report, r.id()));
        List<Item> rows = Keys.resultRows(template).stream()
                .filter(r -> subRowsOnly ? !r.id().equals(Keys.OTHER) : !Keys.isOtherSubRow(r))
                .toList();
        List<Formula> list = new ArrayList<>();
        for (Item column : Keys.columnsWithTotal()) {
            List<String> parts = rows.stream().map(r -> Keys.application(r.id(), column.id())).toList();
            list.add(Formula.sum("三(七)总计 " + column.label() + " 列", "column " + column.id() + " of 三(七)",
                    parts, Keys.application(Keys.RESULT_TOTAL, column.id())));
        }
        return Formulas.of(list);
    }

    /** APP_BALANCE, the official 勾稽关系: for c ∈ C+, 一.c + 二.c = 三(七).c + 四.c. */
    static Formulas balances(Audit audit) {
        List<Formula> list = new ArrayList<>();
        for (Item column : Keys.columnsWithTotal()) {
            String c = column.id();
            list.add(Formula.balance("勾稽关系 " + column.label() + " 列:一+二 = 三(七)+四",
                    "balance of column " + c + ": 一 + 二 = 三(七) + 四",
                    List.of(Keys.application(Keys.NEWLY_RECEIVED, c), Keys.application(Keys.CARRIED_OVER, c)),
                    List.of(Keys.application(Keys.RESULT_TOTAL, c), Keys.application(Keys.CARRIED_FORWARD, c))));
        }
        return Formulas.of(list);
    }

    /** REVIEW_SUM: for each group of 四, upheld + corrected + other + pending = total. */
    static Formulas reviewSums(Audit audit) {
        List<Formula> list = new ArrayList<>();
        for (Item group : CellCatalog.reviewGroups()) {
            List<String> parts = CellCatalog.reviewColumns().stream()
                    .filter(c -> !c.id().equals(Keys.TOTAL))
                    .map(c -> Keys.review(group.id(), c.id())).toList();
            list.add(Formula.sum("四 " + group.label(), "group " + group.id() + " of 四",
                    parts, Keys.review(group.id(), Keys.TOTAL)));
        }
        return Formulas.of(list);
    }

    private static List<Item> otherSubRows(Template template) {
        return CellCatalog.applicationRows(template).stream().filter(Keys::isOtherSubRow).toList();
    }

    /** Whether the report prints any cell of a row of 三. */
    static boolean printsRow(AnnualReport report, String row) {
        return Keys.applicationRow(row).stream().anyMatch(report::prints);
    }
}
