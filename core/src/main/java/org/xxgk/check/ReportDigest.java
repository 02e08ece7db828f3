package org.xxgk.check;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.Template;
import org.xxgk.source.Provenance;

/**
 * What the cross-report rules ({@code CROSS_YEAR_CARRY}, {@code CROSS_YEAR_PREVIOUS},
 * {@code DUPLICATE_TEXT}) read of one report, and nothing more: its identity, the few cells carried
 * across years, and the normalised text of the compared sections. A few kilobytes, immutable and
 * {@link Serializable}, so that a distributed job can ship it between machines instead of the
 * report.
 *
 * <p>To run the cross-report rules without holding every report in one place, pair digests by
 * their keys: a report can pair with another in a cross-report rule only if one of its
 * {@link #lookupKeys()} equals one of the other's {@link #offerKeys()} and their
 * {@link #edition()}s differ; then
 * {@link org.xxgk.XxgkReader#checkAcross(ReportDigest, java.util.Collection)} gives each report,
 * from those it pairs with alone, the findings it gets over the whole collection.
 */
public final class ReportDigest implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A cell the cross-report rules read: its value (null when blank) and where it was printed. */
    record Cell(BigDecimal value, Provenance provenance) implements Serializable {
        private static final long serialVersionUID = 1L;

        Optional<BigDecimal> number() {
            return Optional.ofNullable(value);
        }
    }

    private final String source;
    private final Template template;
    private final String agency; // null when the report names none
    private final int year; // 0 when the report states none
    private final boolean printsApplications;
    private final LinkedHashMap<String, Cell> cells;
    private final ArrayList<String> comparedTexts; // normalised, one per CrossReportItems.COMPARED_SECTIONS
    private final long[][] buckets; // NearDuplicates.buckets of each compared text, computed once

    private ReportDigest(String source, Template template, String agency, int year, boolean printsApplications,
                         Map<String, Cell> cells, List<String> comparedTexts) {
        this.source = source;
        this.template = template;
        this.agency = agency;
        this.year = year;
        this.printsApplications = printsApplications;
        this.cells = new LinkedHashMap<>(cells);
        this.comparedTexts = new ArrayList<>(comparedTexts);
        this.buckets = comparedTexts.stream().map(NearDuplicates::buckets).toArray(long[][]::new);
    }

    /** The digest of a report. */
    public static ReportDigest of(AnnualReport report) {
        Objects.requireNonNull(report, "report");
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (String key : CrossReportItems.KEYS_READ) {
            report.cell(key).ifPresent(c -> cells.put(key, new Cell(c.value().orElse(null), c.provenance())));
        }
        return new ReportDigest(report.source(), report.template(), report.agency().orElse(null),
                report.year().orElse(0), CrossReportItems.printsApplications(report), cells,
                CrossReportItems.comparedTexts(report));
    }

    /** The report's source name. */
    public String source() {
        return source;
    }

    public Template template() {
        return template;
    }

    public Optional<String> agency() {
        return Optional.ofNullable(agency);
    }

    public OptionalInt year() {
        return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /**
     * The keys under which this report looks for the reports it may pair with: its agency and year
     * (the report of the year before offers itself under them), and the near-duplicate buckets of
     * its compared sections.
     */
    public List<String> lookupKeys() {
        List<String> keys = new ArrayList<>();
        if (agency != null && year != 0) keys.add(yearKey(agency, year));
        keys.addAll(duplicateBuckets());
        return List.copyOf(keys);
    }

    /**
     * The keys under which this report offers itself to the reports that may pair with it: its
     * agency and the following year, and the near-duplicate buckets of its compared sections.
     */
    public List<String> offerKeys() {
        List<String> keys = new ArrayList<>();
        if (agency != null && year != 0) keys.add(yearKey(agency, year + 1));
        keys.addAll(duplicateBuckets());
        return List.copyOf(keys);
    }

    /**
     * The agency and year the report is for. Two reports of one edition (one report read from two
     * files, its web page and its PDF say) never pair in a cross-report rule, whatever keys they
     * share, so a distributed run can drop such meetings before it ships digests.
     */
    public String edition() {
        return (agency == null ? "" : agency) + "\u0000" + (year == 0 ? "" : Integer.toString(year));
    }

    private static String yearKey(String agency, int year) {
        return "year\u0000" + agency + "\u0000" + year;
    }

    /** One key per LSH band and compared section: reports sharing one are compared exactly. */
    private List<String> duplicateBuckets() {
        List<String> keys = new ArrayList<>();
        for (int kind = 0; kind < buckets.length; kind++) {
            for (long bucket : buckets[kind]) keys.add("text" + kind + ":" + Long.toHexString(bucket));
        }
        return keys;
    }

    boolean printsApplications() {
        return printsApplications;
    }

    Optional<BigDecimal> value(String key) {
        Cell cell = cells.get(key);
        return cell == null ? Optional.empty() : cell.number();
    }

    Optional<Provenance> provenance(String key) {
        return Optional.ofNullable(cells.get(key)).map(Cell::provenance);
    }

    /** The normalised text of the {@code kind}-th compared section, empty when the report has none. */
    String comparedText(int kind) {
        return comparedTexts.get(kind);
    }

    /** The near-duplicate buckets of the {@code kind}-th compared section. */
    long[] buckets(int kind) {
        return buckets[kind].clone();
    }

    /** The source identity a fingerprint hashes, the one {@link Audit#identity} gives the report. */
    String identity() {
        return Audit.identity(source, agency(), year(), template);
    }

    Map<String, Cell> cells() {
        return Collections.unmodifiableMap(cells);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportDigest d && source.equals(d.source) && template == d.template
                && Objects.equals(agency, d.agency) && year == d.year && printsApplications == d.printsApplications
                && cells.equals(d.cells) && comparedTexts.equals(d.comparedTexts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, template, agency, year, cells, comparedTexts);
    }

    @Override
    public String toString() {
        return "ReportDigest[" + identity() + "]";
    }
}
