package org.xxgk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One hand-checked golden file of {@code golden/}, loaded from the test class path (core's test jar
 * carries them to the other modules).
 *
 * @param id            the seed's number, {@code 000} .. {@code 004}
 * @param seed          the seed file name
 * @param cells         every golden key; {@code null} values are blank cells
 * @param units         key to unit
 * @param legacyLabels  LEGACY key to label
 */
public record Golden(String id, String seed, String template, Integer year, String agency, String publishedDate,
                     Map<String, BigDecimal> cells, Map<String, String> units, Map<String, String> legacyLabels,
                     Map<String, BigDecimal> narrative, JsonNode json) {

    /** The seed numbers in order. */
    public static final List<String> IDS = List.of("000", "001", "002", "003", "004");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> FILES = Map.of(
            "000", "000_5657be0d32f901c0",
            "001", "001_7859ced941c8677a",
            "002", "002_2d63126c8570951a",
            "003", "003_f50a9f7ac473722a",
            "004", "004_48a57cdf3499fdc3");

    /**
     * This golden file with another publication date: for a rendering of the report that does not
     * print the date the golden file took from elsewhere (the portal page around the text).
     */
    public Golden withPublishedDate(String date) {
        return new Golden(id, seed, template, year, agency, date, cells, units, legacyLabels, narrative, json);
    }

    /** The base name shared by the seed and golden files, e.g. {@code 000_5657be0d32f901c0}. */
    public static String baseName(String id) {
        String base = FILES.get(id);
        if (base == null) throw new IllegalArgumentException("no seed " + id);
        return base;
    }

    public static Golden load(String id) {
        return load("/golden/" + baseName(id) + ".json", id);
    }

    /**
     * A golden file of the same format from anywhere on the class path (a derived input's, e.g.
     * {@code /derived/blank-org.json}); {@code id} names it in messages.
     */
    public static Golden load(String resource, String id) {
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            JsonNode root = MAPPER.readTree(in);
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            root.get("cells")
                    .properties()
                    .forEach(e -> cells.put(
                            e.getKey(),
                            e.getValue().isNull() ? null : e.getValue().decimalValue()));
            Map<String, String> units = new LinkedHashMap<>();
            root.path("units").properties().forEach(e -> units.put(e.getKey(), e.getValue().asText()));
            Map<String, String> labels = new LinkedHashMap<>();
            root.path("legacyLabels")
                    .properties()
                    .forEach(e ->
                            labels.put(e.getKey(), e.getValue().get("label").asText()));
            Map<String, BigDecimal> narrative = new LinkedHashMap<>();
            root.path("narrative").properties().forEach(e -> {
                if (!e.getKey().endsWith("Quote") && e.getValue().isNumber())
                    narrative.put(e.getKey(), e.getValue().decimalValue());
            });
            return new Golden(id, root.path("seed").asText(id), root.get("template").asText(),
                    root.path("year").isNumber() ? root.get("year").asInt() : null,
                    root.path("agency").isTextual() ? root.get("agency").asText() : null,
                    root.path("publishedDate").isTextual() ? root.get("publishedDate").asText() : null,
                    Collections.unmodifiableMap(cells), Collections.unmodifiableMap(units),
                    Collections.unmodifiableMap(labels), Collections.unmodifiableMap(narrative), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Golden> all() {
        List<Golden> all = new ArrayList<>();
        for (String id : IDS) all.add(load(id));
        return all;
    }

    /** The expected findings ({@code expectedFindings}): rule id, severity and keys of each. */
    public List<ExpectedFinding> expectedFindings() {
        List<ExpectedFinding> list = new ArrayList<>();
        for (JsonNode f : json.path("expectedFindings")) list.add(ExpectedFinding.of(f, "id"));
        return list;
    }

    /** The NARRATIVE_MISMATCH warnings the checker must emit ({@code narrativeFindings}). */
    public List<ExpectedFinding> narrativeFindings() {
        List<ExpectedFinding> list = new ArrayList<>();
        for (JsonNode f : json.path("narrativeFindings")) list.add(ExpectedFinding.of(f, null));
        return list;
    }

    /** A finding of a golden file. */
    public record ExpectedFinding(
            String rule,
            String severity,
            List<String> keys,
            Optional<BigDecimal> expected,
            Optional<BigDecimal> actual) {
        static ExpectedFinding of(JsonNode f, String idField) {
            List<String> keys = new ArrayList<>();
            f.path("keys").forEach(k -> keys.add(k.asText()));
            String rule = idField == null ? "NARRATIVE_MISMATCH" : f.get(idField).asText();
            String severity = f.has("severity") ? f.get("severity").asText() : "WARNING";
            return new ExpectedFinding(rule, severity, List.copyOf(keys),
                    f.path("expected").isNumber() ? Optional.of(f.get("expected").decimalValue()) : Optional.empty(),
                    f.path("actual").isNumber() ? Optional.of(f.get("actual").decimalValue()) : Optional.empty());
        }
    }
}
