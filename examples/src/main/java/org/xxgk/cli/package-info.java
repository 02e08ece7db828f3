/**
 * The {@code xxgk} command-line tool ({@link org.xxgk.cli.Main}): {@code extract} prints reports as
 * JSON, {@code check} prints their findings for people or as JSON, {@code batch} reads a whole folder in
 * parallel into {@code reports.jsonl} and CSV files, {@code bench} measures throughput against the bare
 * libraries. The JSON layout lives in
 * {@code ReportJson} alone, the CSV layouts in {@code CellsCsv} and {@code FindingsCsv}.
 */
package org.xxgk.cli;
