package org.xxgk.output;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.xxgk.check.Finding;
import org.xxgk.source.Provenance;

/**
 * {@code findings.csv}: one row per finding, the columns of {@link #HEADER}. {@code keys} are
 * separated by spaces; {@code provenance} lists {@code key@page 3, row 5, column 4} entries
 * separated by {@code "; "}; a blank {@code expected} or {@code actual} is an empty field.
 */
public final class FindingsCsv implements Closeable {

    public static final List<String> HEADER = List.of(
            "source",
            "rule",
            "severity",
            "message_zh",
            "message_en",
            "keys",
            "expected",
            "actual",
            "provenance",
            "fingerprint");

    private final CSVPrinter printer;

    /** Writes the header to {@code out} at once; rows follow with {@link #add}. */
    public FindingsCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, Csv.FORMAT);
        printer.printRecord(HEADER);
    }

    void add(Finding finding) throws IOException {
        printer.printRecord(row(finding));
    }

    /** The fields of one finding's row, in {@link #HEADER} order. */
    public static List<String> row(Finding finding) {
        return List.of(
                finding.source(),
                finding.rule(),
                finding.severity().name(),
                finding.messageZh(),
                finding.messageEn(),
                String.join(" ", finding.keys()),
                finding.expected().map(Decimals::text).orElse(""),
                finding.actual().map(Decimals::text).orElse(""),
                provenance(finding.provenance()),
                finding.fingerprint());
    }

    public void addAll(List<Finding> findings) throws IOException {
        for (Finding finding : findings) add(finding);
    }

    private static String provenance(Map<String, Provenance> provenance) {
        return provenance.entrySet().stream()
                .map(e -> e.getKey() + "@" + e.getValue().describe())
                .collect(Collectors.joining("; "));
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
