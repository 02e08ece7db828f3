/**
 * The {@code xxgk} command-line tool ({@link org.xxgk.cli.Main}): {@code extract} prints reports as
 * JSON, {@code check} prints their findings for people or as JSON. The JSON layout lives in
 * {@code ReportJson} alone, the CSV layouts in {@code CellsCsv} and {@code FindingsCsv}.
 */
package org.xxgk.cli;
