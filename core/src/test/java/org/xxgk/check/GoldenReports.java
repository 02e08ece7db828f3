package org.xxgk.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.model.NarrativeFigure;
import org.xxgk.model.ReportSection;
import org.xxgk.model.Template;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Provenance;
import org.xxgk.testing.Golden;

/**
 * Builds {@link AnnualReport}s straight from golden files, so that the checker is tested without the
 * interpreter or the prose reader: cells (null = blank), units, LEGACY labels, template, year,
 * agency, the prose figures under their golden names with their quotes, and the verbatim text of
 * section 一 and of the problems section (五, LEGACY 六) cut from the seed.
 */
final class GoldenReports {

    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]、");
    private static final String NUMERALS = "一二三四五六七八九十";

    private GoldenReports() {}

    static AnnualReport of(String id) {
        return builder(id).build();
    }

    static Builder builder(String id) {
        return new Builder(Golden.load(id));
    }

    /** A mutable recipe for one report; each test changes what it needs. */
    static final class Builder {
        private final Golden golden;
        private String source;
        private Template template;
        private OptionalInt year;
        private Optional<String> agency;
        private final Map<String, BigDecimal> cells;
        private final Map<String, String> units;
        private final Map<String, String> labels;
        private final Map<Integer, String> sections = new TreeMap<>();
        private final List<NarrativeFigure> narrative = new ArrayList<>();
        private final List<org.xxgk.source.Warning> warnings = new ArrayList<>();

        Builder(Golden golden) {
            this.golden = golden;
            this.source = golden.seed();
            this.template = Template.valueOf(golden.template());
            this.year = golden.year() == null ? OptionalInt.empty() : OptionalInt.of(golden.year());
            this.agency = Optional.ofNullable(golden.agency());
            this.cells = new LinkedHashMap<>(golden.cells());
            this.units = new LinkedHashMap<>(golden.units());
            this.labels = new LinkedHashMap<>(golden.legacyLabels());
            String seed = seedText(golden.id());
            int problems = template == Template.LEGACY ? 6 : 5;
            sections.put(1, cutSection(seed, 1));
            sections.put(problems, cutSection(seed, problems));
            JsonNode quotes = golden.json().path("narrative");
            JsonNode figureUnits = golden.json().path("narrativeUnits");
            golden.narrative().forEach((name, value) -> narrative.add(new NarrativeFigure(name, value,
                    figureUnits.has(name) ? Optional.of(figureUnits.get(name).asText()) : Optional.empty(),
                    quotes.path(name + "Quote").asText(""), Provenance.NONE)));
        }

        Golden golden() {
            return golden;
        }

        Builder source(String newSource) {
            source = newSource;
            return this;
        }

        Builder template(Template newTemplate) {
            template = newTemplate;
            return this;
        }

        Builder year(int newYear) {
            year = OptionalInt.of(newYear);
            return this;
        }

        /** The agency the title names (null: none). */
        Builder agency(String newAgency) {
            agency = Optional.ofNullable(newAgency);
            return this;
        }

        /** Prints {@code value} in the cell (null: a blank cell). */
        Builder set(String key, Integer value) {
            cells.put(key, value == null ? null : BigDecimal.valueOf(value));
            return this;
        }

        Builder set(String key, BigDecimal value) {
            cells.put(key, value);
            return this;
        }

        /** The report does not print the cell at all. */
        Builder remove(String key) {
            cells.remove(key);
            units.remove(key);
            labels.remove(key);
            return this;
        }

        Builder unit(String key, String unit) {
            units.put(key, unit);
            return this;
        }

        Builder label(String key, String label) {
            labels.put(key, label);
            return this;
        }

        Builder section(int number, String text) {
            sections.put(number, text);
            return this;
        }

        Builder withoutSection(int number) {
            sections.remove(number);
            return this;
        }

        Builder warning(String code, String message) {
            warnings.add(
                    new org.xxgk.source.Warning(org.xxgk.source.WarningCode.valueOf(code), message, Provenance.NONE));
            return this;
        }

        Builder withoutNarrative() {
            narrative.clear();
            return this;
        }

        Builder narrative(String name, int value, String quote) {
            narrative.add(
                    new NarrativeFigure(name, BigDecimal.valueOf(value), Optional.of("件"), quote, Provenance.NONE));
            return this;
        }

        AnnualReport build() {
            Map<String, CellValue> built = new LinkedHashMap<>();
            int line = 1;
            for (Map.Entry<String, BigDecimal> e : cells.entrySet()) {
                BigDecimal value = e.getValue();
                built.put(
                        e.getKey(),
                        new CellValue(
                                e.getKey(),
                                Optional.ofNullable(value),
                                Optional.ofNullable(units.get(e.getKey())),
                                value == null ? "" : value.toPlainString(),
                                Provenance.line(line++)));
            }
            List<ReportSection> built2 = new ArrayList<>();
            sections.forEach((n, text) -> built2.add(new ReportSection(n, NUMERALS.charAt(n - 1) + "、", text)));
            return new AnnualReport(source, DocumentFormat.TEXT, template, List.of("golden " + golden.id()),
                    Optional.empty(), agency, year, Optional.empty(), built, labels, built2, narrative, warnings);
        }
    }

    private static String seedText(String id) {
        String resource = "/seeds/" + Golden.baseName(id) + ".txt";
        try (InputStream in = GoldenReports.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines after the first heading 一、/五、/六、 … of that number, up to the next such heading. */
    private static String cutSection(String seed, int number) {
        String start = NUMERALS.charAt(number - 1) + "、";
        List<String> lines = seed.lines().toList();
        StringBuilder text = new StringBuilder();
        boolean inside = false;
        for (String line : lines) {
            if (!inside) {
                inside = line.startsWith(start);
                continue;
            }
            if (HEADING.matcher(line).find()) break;
            if (!line.isBlank()) text.append(line.strip()).append('\n');
        }
        if (text.length() == 0) throw new IllegalStateException("seed has no section " + start);
        return text.toString();
    }
}
