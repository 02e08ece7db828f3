/**
 * The {@code xxgk} command-line tool ({@link org.xxgk.cli.Main}): {@code extract} prints reports as
 * JSON, {@code check} prints their findings for people or as JSON, {@code batch} reads a whole folder in
 * parallel into {@code reports.jsonl} and CSV files, {@code bench} measures throughput against the bare
 * libraries. The JSON layout lives in {@code ReportJson} alone, the CSV layouts in {@code CellsCsv}
 * (wide), {@code ValuesCsv} (long) and {@code FindingsCsv}, their dialect in {@code Csv}. A batch
 * walks the folder with {@code BatchFiles}, reads on the threads of {@code BatchRunner}, keeps each
 * result in the {@code BatchJournal} as it comes and publishes the outputs with {@code BatchOutputs};
 * the Spark job ({@code SparkJob}, {@code SparkBatch}) writes the same datasets from the same
 * {@code SparkDocument}s.
 */
package org.xxgk.cli;
