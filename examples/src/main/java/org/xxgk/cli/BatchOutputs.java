package org.xxgk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.xxgk.check.Finding;

/**
 * The four files of a batch, each written to a temporary file in the output directory and renamed
 * into place ({@code ATOMIC_MOVE}) only once complete: a run that is interrupted leaves the
 * previous outputs or none, never a half-written one. The temporary files are removed whatever
 * happens, also when the JVM is stopped while they are written.
 */
final class BatchOutputs {

    static final String REPORTS = "reports.jsonl";
    static final String CELLS = "cells.csv";
    static final String FINDINGS = "findings.csv";
    static final String FAILURES = "failures.csv";
    static final List<String> FILES = List.of(REPORTS, CELLS, FINDINGS, FAILURES);

    /** The columns of {@code failures.csv}. */
    static final List<String> FAILURES_HEADER = List.of("file", "reason", "message");

    private BatchOutputs() {}

    /**
     * Writes the outputs of a run into {@code out} (created if missing).
     *
     * @param outcomes every document, in the order rows are written
     * @param findings each report's findings by source (its own, then the cross-report ones naming it);
     *                 findings of a source that is not among the reports come last in {@code findings.csv}
     */
    static void write(Path out, List<BatchOutcome> outcomes, Map<String, List<Finding>> findings) throws IOException {
        Files.createDirectories(out);
        Map<String, Path> temps = new LinkedHashMap<>();
        Thread cleanup = new Thread(() -> deleteAll(temps.values()), "xxgk-batch-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            for (String name : FILES) temps.put(name, createTemp(out, name));
            writeReports(temps.get(REPORTS), outcomes, findings);
            writeCells(temps.get(CELLS), outcomes);
            writeFindings(temps.get(FINDINGS), outcomes, findings);
            writeFailures(temps.get(FAILURES), outcomes);
            for (String name : FILES) {
                Files.move(temps.get(name), out.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteAll(temps.values());
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs, or has run, anyway
            }
        }
    }

    /**
     * An empty {@code .NAME.PID-N.tmp} in {@code dir}: in the same directory, so that the rename is
     * atomic; not {@code Files.createTempFile}, whose owner-only permissions the outputs would keep.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int n = 0; ; n++) {
            Path temp = dir.resolve("." + name + "." + pid + "-" + n + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another run of this process (or a leftover of a killed one with the same pid): next number
            }
        }
    }

    private static void deleteAll(Iterable<Path> paths) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // nothing more to do: the name starts with a dot and ends in .tmp, so it is recognisable
            }
        }
    }

    private static BufferedWriter writer(Path path) throws IOException {
        return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    private static void writeReports(Path path, List<BatchOutcome> outcomes, Map<String, List<Finding>> findings) throws IOException {
        ReportJson json = ReportJson.compact();
        try (Writer w = writer(path)) {
            for (BatchOutcome outcome : outcomes) {
                if (!(outcome instanceof BatchOutcome.Read read)) continue;
                w.write(json.report(read.report(), findings.getOrDefault(read.source(), read.findings())));
                w.write('\n');
            }
        }
    }

    private static void writeCells(Path path, List<BatchOutcome> outcomes) throws IOException {
        try (CellsCsv csv = new CellsCsv(writer(path))) {
            for (BatchOutcome outcome : outcomes) {
                if (outcome instanceof BatchOutcome.Read read) csv.add(read.report());
            }
        }
    }

    private static void writeFindings(Path path, List<BatchOutcome> outcomes, Map<String, List<Finding>> findings) throws IOException {
        Map<String, List<Finding>> rest = new LinkedHashMap<>(findings);
        try (FindingsCsv csv = new FindingsCsv(writer(path))) {
            for (BatchOutcome outcome : outcomes) {
                if (!(outcome instanceof BatchOutcome.Read read)) continue;
                List<Finding> own = rest.remove(read.source());
                csv.addAll(own == null ? read.findings() : own);
            }
            for (List<Finding> list : rest.values()) csv.addAll(list);
        }
    }

    private static void writeFailures(Path path, List<BatchOutcome> outcomes) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(writer(path), CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(FAILURES_HEADER);
            for (BatchOutcome outcome : outcomes) {
                if (outcome instanceof BatchOutcome.Failed failed) {
                    csv.printRecord(failed.source(), failed.reason(), failed.message());
                }
            }
        }
    }
}
