package org.xxgk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Provenance;
import org.xxgk.source.Warning;

/**
 * One annual report as data: what it is (agency, year, template), every number of its statistical
 * tables on a canonical key, the prose, and what could not be read with confidence.
 *
 * @param source           the document's name
 * @param format           the format it was read from
 * @param template         the table format recognised
 * @param templateEvidence what decided the template, for people
 * @param title            the report's title
 * @param agency           the issuer as the title names it (or the region, where the title names only a region)
 * @param year             the statistical year
 * @param publishedDate    the publication date, where the report states one
 * @param cells            canonical key to cell, in {@link CellCatalog#keyOrder()}; a blank printed cell is
 *                         present with an empty value
 * @param labels           LEGACY key to the indicator's label as printed (NFKC, whitespace removed); empty
 *                         for other templates
 * @param sections         the verbatim text of sections 一 to 六
 * @param narrative        figures stated in the prose
 * @param warnings         what extraction and interpretation could not do with confidence
 */
public record AnnualReport(
        String source,
        DocumentFormat format,
        Template template,
        List<String> templateEvidence,
        Optional<String> title,
        Optional<String> agency,
        OptionalInt year,
        Optional<LocalDate> publishedDate,
        Map<String, CellValue> cells,
        Map<String, String> labels,
        List<ReportSection> sections,
        List<NarrativeFigure> narrative,
        List<Warning> warnings) {

    public AnnualReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(template, "template");
        templateEvidence = List.copyOf(templateEvidence);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(publishedDate, "publishedDate");
        cells = sorted(cells);
        labels = sorted(labels);
        sections = List.copyOf(sections);
        narrative = List.copyOf(narrative);
        warnings = List.copyOf(warnings);
        for (Map.Entry<String, CellValue> e : cells.entrySet()) {
            if (!e.getKey().equals(e.getValue().key())) {
                throw new IllegalArgumentException("cell filed under " + e.getKey() + " has key " + e.getValue().key());
            }
        }
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return CellCatalog.inKeyOrder(map);
    }

    /** The value of a canonical key; empty when the cell is blank or the report does not print it. */
    public Optional<BigDecimal> value(String key) {
        CellValue cell = cells.get(key);
        return cell == null ? Optional.empty() : cell.value();
    }

    /** The cell of a canonical key, if the report prints it. */
    public Optional<CellValue> cell(String key) {
        return Optional.ofNullable(cells.get(key));
    }

    /** Whether the report prints the cell (blank or not). */
    public boolean prints(String key) {
        return cells.containsKey(key);
    }

    /** Key to unit, for the cells that state one. */
    public Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        cells.forEach((k, v) -> v.unit().ifPresent(u -> units.put(k, u)));
        return Collections.unmodifiableMap(units);
    }

    /** Where each cell was read. */
    public Map<String, Provenance> provenance() {
        Map<String, Provenance> map = new LinkedHashMap<>();
        cells.forEach((k, v) -> map.put(k, v.provenance()));
        return Collections.unmodifiableMap(map);
    }

    /** The first prose figure of that name. */
    public Optional<NarrativeFigure> narrative(String name) {
        return narrative.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The section numbered {@code number} (1 for 一), if the report has it. */
    public Optional<ReportSection> section(int number) {
        return sections.stream().filter(s -> s.number() == number).findFirst();
    }
}
