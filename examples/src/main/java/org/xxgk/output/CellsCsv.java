package org.xxgk.output;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;

/**
 * {@code cells.csv}: one row per report, the columns {@code source, template, year, agency}, then
 * every key of {@link CellCatalog#allKeys()} in {@code cells.md} order. A blank or unprinted cell
 * is an empty field; numbers are written as printed. LEGACY indicators have no fixed keys and so
 * no columns here: they are rows of the long {@link ValuesCsv} (and in the JSON output).
 */
public final class CellsCsv implements Closeable {

    /** The header row. */
    public static final List<String> HEADER = header();

    private final CSVPrinter printer;

    /** Writes the header to {@code out} at once; rows follow with {@link #add}. */
    public CellsCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, Csv.FORMAT);
        printer.printRecord(HEADER);
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("source", "template", "year", "agency"));
        header.addAll(CellCatalog.allKeys());
        return List.copyOf(header);
    }

    /** One report's row. */
    void add(AnnualReport report) throws IOException {
        printer.printRecord(row(report));
    }

    /** A row made by {@link #row(AnnualReport)} earlier. */
    public void addRow(List<String> row) throws IOException {
        printer.printRecord(row);
    }

    /** The fields of one report's row, in {@link #HEADER} order. */
    public static List<String> row(AnnualReport report) {
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(report.source());
        row.add(report.template().name());
        row.add(report.year().isPresent() ? Integer.toString(report.year().getAsInt()) : "");
        row.add(report.agency().orElse(""));
        for (String key : CellCatalog.allKeys()) {
            row.add(report.value(key).map(Decimals::text).orElse(""));
        }
        return row;
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
