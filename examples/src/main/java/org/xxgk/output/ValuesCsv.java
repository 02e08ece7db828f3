package org.xxgk.output;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellValue;
import org.xxgk.model.Template;
import org.xxgk.source.Provenance;

/**
 * {@code values.csv}, the long (tidy) form of the cells: one row per cell a report prints, of
 * every template, LEGACY's {@code legacy.*} indicators included, which the wide {@link CellsCsv}
 * has no columns for. The columns of {@link #HEADER}:
 *
 * <pre>
 * source   the report (as in cells.csv and reports.jsonl)
 * key      the canonical key (spec/cells.md), legacy.* for LEGACY
 * label    the row and column as the template prints them ("规章 / 本年制发件数"); for LEGACY the
 *          indicator's label as the report prints it
 * value    the number as printed; empty for a blank cell (a printed "—", "/", "无" or nothing)
 * unit     the unit the cell or its header states (万元), if any
 * raw      the cell's text as printed
 * page, table, row, column, line   where it was read (1-based; empty where it does not apply)
 * </pre>
 *
 * Rows are in the report's key order ({@link CellCatalog#keyOrder()}).
 */
public final class ValuesCsv implements Closeable {

    public static final List<String> HEADER = List.of(
            "source", "key", "label", "value", "unit", "raw", "page", "table", "row", "column", "line");

    private final CSVPrinter printer;

    /** Writes the header to {@code out} at once; rows follow with {@link #add}. */
    public ValuesCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, Csv.FORMAT);
        printer.printRecord(HEADER);
    }

    /** One report's rows. */
    void add(AnnualReport report) throws IOException {
        printer.printRecords(rows(report));
    }

    /** Rows made by {@link #rows(AnnualReport)} earlier. */
    public void addRows(List<List<String>> rows) throws IOException {
        printer.printRecords(rows);
    }

    /** The rows of one report, in {@link #HEADER} order. */
    public static List<List<String>> rows(AnnualReport report) {
        List<List<String>> rows = new ArrayList<>(report.cells().size());
        for (CellValue cell : report.cells().values()) {
            Provenance p = cell.provenance();
            rows.add(List.of(
                    report.source(),
                    cell.key(),
                    label(report, cell.key()),
                    cell.value().map(Decimals::text).orElse(""),
                    cell.unit().orElse(""),
                    cell.raw(),
                    number(p.page()), number(p.table()), number(p.row()), number(p.column()), number(p.line())));
        }
        return rows;
    }

    private static String number(int n) {
        return n > 0 ? Integer.toString(n) : "";
    }

    /** A cell's label: the report's own for LEGACY, else the template's row and column. */
    static String label(AnnualReport report, String key) {
        String printed = report.labels().get(key);
        if (printed != null) return printed;
        String label = LABELS.get(report.template()).get(key);
        if (label != null) return label;
        // a key of the other template (a V2019 row read from a V2021 report, say)
        for (Template template : List.of(Template.V2021, Template.V2019)) {
            if (LABELS.get(template).containsKey(key)) return LABELS.get(template).get(key);
        }
        return "";
    }

    /** The group rows of section 三 whose numbered sub-rows the catalogue lists, by key segment. */
    private static final Map<String, String> APPLICATION_GROUPS = Map.of(
            "refused", "(三)不予公开",
            "unable", "(四)无法提供",
            "notProcessed", "(五)不予处理",
            "other", "(六)其他处理");

    /** Template -> key -> "row / column", from the catalogue. */
    private static final Map<Template, Map<String, String>> LABELS = labels();

    private static Map<Template, Map<String, String>> labels() {
        Map<Template, Map<String, String>> all = new HashMap<>();
        for (Template template : List.of(Template.V2021, Template.V2019)) {
            Map<String, String> labels = new HashMap<>();
            for (CellCatalog.ActiveRow row : CellCatalog.activeRows(template)) {
                for (CellCatalog.Item column : row.columns()) {
                    labels.put(CellCatalog.activeKey(row, column), row.label() + " / " + column.label());
                }
            }
            for (CellCatalog.Item row : CellCatalog.applicationRows(template)) {
                int dot = row.id().indexOf('.');
                String group = dot < 0 ? null : APPLICATION_GROUPS.get(row.id().substring(0, dot));
                String rowLabel = group == null ? row.label() : group + " " + row.label();
                for (CellCatalog.Item column : CellCatalog.applicationColumns()) {
                    labels.put(CellCatalog.applicationKey(row, column), rowLabel + " / " + column.label());
                }
            }
            for (CellCatalog.Item group : CellCatalog.reviewGroups()) {
                for (CellCatalog.Item column : CellCatalog.reviewColumns()) {
                    labels.put(CellCatalog.reviewKey(group, column), group.label() + " / " + column.label());
                }
            }
            all.put(template, Map.copyOf(labels));
        }
        for (Template template : Template.values()) all.putIfAbsent(template, Map.of());
        return Map.copyOf(all);
    }

    void flush() throws IOException {
        printer.flush();
    }

    /** Flushes and closes the underlying output. */
    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
