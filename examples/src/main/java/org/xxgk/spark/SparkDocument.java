package org.xxgk.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xxgk.batch.BatchJournal;
import org.xxgk.batch.BatchOutcome;
import org.xxgk.check.Finding;
import org.xxgk.check.ReportDigest;
import org.xxgk.check.Severity;
import org.xxgk.model.AnnualReport;
import org.xxgk.output.CellsCsv;
import org.xxgk.output.ReportJson;
import org.xxgk.output.ValuesCsv;
import org.xxgk.source.Provenance;

/**
 * One document as the Spark job carries it from the partition that read it to the writers, and as
 * {@code xxgk batch} keeps it in its journal ({@link BatchJournal}) until it writes the outputs:
 * {@link Serializable} values only, the report itself reduced to the rows the batch writes and to
 * the {@link ReportDigest} the cross-report rules read. Both write their outputs from these alone,
 * so that the two give the same rows.
 */
public sealed interface SparkDocument extends Serializable permits SparkDocument.Read, SparkDocument.Failed {

    String source();

    /**
     * A report read and checked.
     *
     * @param report   the columns of the reports dataset before {@code json}: source, format,
     *                 template, year, agency, published_date, as text ("" for none)
     * @param json     the report as {@code reports.jsonl} has it, with a slot for its findings
     * @param cells    the row of {@code cells.csv}
     * @param values   the rows of {@code values.csv}
     * @param findings the report's own findings
     * @param digest   what the cross-report rules read of it
     */
    record Read(String source, List<String> report, String json, List<String> cells, List<List<String>> values,
                List<FindingRow> findings, ReportDigest digest) implements SparkDocument {
        private static final long serialVersionUID = 2L;

        public Read {
            Objects.requireNonNull(source, "source");
            report = List.copyOf(report);
            Objects.requireNonNull(json, "json");
            cells = List.copyOf(cells);
            values = values.stream().map(List::copyOf).toList();
            findings = List.copyOf(findings);
            Objects.requireNonNull(digest, "digest");
        }
    }

    /** A document that could not be read: the row of {@code failures.csv}. */
    record Failed(String source, String reason, String message) implements SparkDocument {
        private static final long serialVersionUID = 1L;
    }

    /** The columns of the reports dataset that {@link Read#report} holds; {@code json} follows them. */
    List<String> REPORT_COLUMNS = List.of("source", "format", "template", "year", "agency", "published_date");

    static SparkDocument of(BatchOutcome outcome) {
        if (outcome instanceof BatchOutcome.Failed failed) {
            return new Failed(failed.source(), failed.reason(), failed.message());
        }
        BatchOutcome.Read read = (BatchOutcome.Read) outcome;
        AnnualReport report = read.report();
        List<String> columns = List.of(read.source(), report.format().name(), report.template().name(),
                report.year().isPresent() ? Integer.toString(report.year().getAsInt()) : "",
                report.agency().orElse(""), report.publishedDate().map(Object::toString).orElse(""));
        return new Read(read.source(), columns, ReportJson.compact().withoutFindings(report), CellsCsv.row(report),
                ValuesCsv.rows(report), read.findings().stream().map(FindingRow::of).toList(), ReportDigest.of(report));
    }

    /** A {@link Finding} as a {@link Serializable} value (a finding holds {@link Optional}s, which are not). */
    record FindingRow(
            String source,
            String rule,
            Severity severity,
            String messageZh,
            String messageEn,
            List<String> keys,
            BigDecimal expected,
            BigDecimal actual,
            Map<String, Provenance> provenance,
            String fingerprint)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public FindingRow {
            keys = List.copyOf(keys);
            provenance = new LinkedHashMap<>(provenance);
        }

        static FindingRow of(Finding f) {
            return new FindingRow(f.source(), f.rule(), f.severity(), f.messageZh(), f.messageEn(), f.keys(),
                    f.expected().orElse(null), f.actual().orElse(null), f.provenance(), f.fingerprint());
        }

        public Finding finding() {
            return new Finding(source, rule, severity, messageZh, messageEn, keys,
                    Optional.ofNullable(expected), Optional.ofNullable(actual), provenance, fingerprint);
        }
    }
}
