package org.xxgk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.Template;

/**
 * The formula instances of the V2019 / V2021 tables 三 and 四, built from {@link CellCatalog}. They
 * depend on the template and, for 三(六) and 三(七), on which rows the report prints: each is built
 * once for its template (and those rows) and shared by every report that asks for it.
 */
final class TableFormulas {

    private TableFormulas() {}

    // keyed by template, or by template and the rows summed: a handful of entries, never more
    private static final Map<Template, Formulas> ROW_SUMS = new ConcurrentHashMap<>();
    private static final Map<Template, Formulas> OTHER_SUMS = new ConcurrentHashMap<>();
    private static final Map<List<Object>, Formulas> RESULT_SUMS = new ConcurrentHashMap<>();
    private static final Map<Template, Formulas> BALANCES = new ConcurrentHashMap<>();
    private static final Map<Template, Formulas> REVIEW_SUMS = new ConcurrentHashMap<>();

    /** APP_ROW_SUM: for every row r of 三, Σ_{c∈C} r.c = r.total. */
    static Formulas rowSums(Audit audit) {
        return ROW_SUMS.computeIfAbsent(audit.report().template(), TableFormulas::rowSums);
    }

    private static Formulas rowSums(Template template) {
        List<Formula> list = new ArrayList<>();
        for (Item row : CellCatalog.applicationRows(template)) {
            List<String> parts = Keys.applicantColumns().stream().map(c -> Keys.application(row.id(), c.id())).toList();
            list.add(Formula.sum("三 " + row.label() + " 行", "row " + row.id() + " of 三",
                    parts, Keys.application(row.id(), Keys.TOTAL)));
        }
        return Formulas.of(list);
    }

    /** APP_OTHER_SUM: V2021, when both the 三(六) sum row and its sub-rows are printed, other.c = Σ other.*.c. */
    static Formulas otherSums(Audit audit) {
        AnnualReport report = audit.report();
        Optional<CellCatalog.RowSum> sum = sum(report.template(), "other");
        if (sum.isEmpty()
                || !printsRow(report, Keys.OTHER)
                || sum.get().minus().stream().noneMatch(r -> printsRow(report, r))) {
            return Formulas.none();
        }
        return OTHER_SUMS.computeIfAbsent(report.template(), t -> otherSums(sum.get()));
    }

    private static Formulas otherSums(CellCatalog.RowSum sum) {
        List<Formula> list = new ArrayList<>();
        for (Item column : Keys.columnsWithTotal()) {
            list.add(Formula.sum("三(六)其他处理 " + column.label() + " 列", "column " + column.id() + " of 三(六)",
                    keys(sum.minus(), column), Keys.application(Keys.OTHER, column.id())));
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
        Optional<CellCatalog.RowSum> sum = sum(template, "resultTotal");
        if (sum.isEmpty()) return Formulas.none();
        List<String> rows = new ArrayList<>();
        for (String r : sum.get().minus()) {
            List<String> parts = CellCatalog.applicationParts(template, r);
            boolean partsOnly =
                    !parts.isEmpty() && !printsRow(report, r) && parts.stream().anyMatch(p -> printsRow(report, p));
            rows.addAll(partsOnly ? parts : List.of(r));
        }
        return RESULT_SUMS.computeIfAbsent(List.of(template, rows), k -> resultSums(rows));
    }

    private static Formulas resultSums(List<String> rows) {
        List<Formula> list = new ArrayList<>();
        for (Item column : Keys.columnsWithTotal()) {
            list.add(Formula.sum("三(七)总计 " + column.label() + " 列", "column " + column.id() + " of 三(七)",
                    keys(rows, column), Keys.application(Keys.RESULT_TOTAL, column.id())));
        }
        return Formulas.of(list);
    }

    /** APP_BALANCE, the official 勾稽关系: for c ∈ C+, 一.c + 二.c = 三(七).c + 四.c. */
    static Formulas balances(Audit audit) {
        return BALANCES.computeIfAbsent(audit.report().template(), TableFormulas::balances);
    }

    private static Formulas balances(Template template) {
        Optional<CellCatalog.RowSum> sum = sum(template, "balance");
        if (sum.isEmpty()) return Formulas.none();
        List<Formula> list = new ArrayList<>();
        for (Item column : Keys.columnsWithTotal()) {
            list.add(Formula.balance("勾稽关系 " + column.label() + " 列:一+二 = 三(七)+四",
                    "balance of column " + column.id() + ": 一 + 二 = 三(七) + 四",
                    keys(sum.get().plus(), column), keys(sum.get().minus(), column)));
        }
        return Formulas.of(list);
    }

    /** The catalogue's sum of 三 named {@code id} (CellCatalog.applicationSums: the one statement of the arithmetic). */
    private static Optional<CellCatalog.RowSum> sum(Template template, String id) {
        return CellCatalog.applicationSums(template).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static List<String> keys(List<String> rows, Item column) {
        return rows.stream().map(r -> Keys.application(r, column.id())).toList();
    }

    /** REVIEW_SUM: for each group of 四, upheld + corrected + other + pending = total. */
    static Formulas reviewSums(Audit audit) {
        return REVIEW_SUMS.computeIfAbsent(audit.report().template(), t -> reviewSums());
    }

    private static Formulas reviewSums() {
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

    /** Whether the report prints any cell of a row of 三. */
    static boolean printsRow(AnnualReport report, String row) {
        for (String key : Keys.applicationRow(row)) if (report.prints(key)) return true;
        return false;
    }
}
