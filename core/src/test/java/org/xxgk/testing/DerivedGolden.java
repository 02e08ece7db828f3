package org.xxgk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A golden file in the format of {@code golden/*.json} that is not one of the five seeds' (a
 * derived test page such as {@code derived/blank-org.json}), loaded from the test class path into
 * a {@link Golden} so that {@link GoldenAssert} and {@link RealLabel#of(Golden)} apply.
 */
public final class DerivedGolden {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DerivedGolden() {}

    /**
     * @param resource the class-path resource, e.g. {@code /derived/blank-org.json}
     * @param id       the name messages use, e.g. {@code blank-org}
     */
    public static Golden load(String resource, String id) {
        try (InputStream in = DerivedGolden.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            JsonNode root = MAPPER.readTree(in);
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            root.get("cells").properties().forEach(e -> cells.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().decimalValue()));
            Map<String, String> units = new LinkedHashMap<>();
            root.path("units").properties().forEach(e -> units.put(e.getKey(), e.getValue().asText()));
            Map<String, String> labels = new LinkedHashMap<>();
            root.path("legacyLabels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().get("label").asText()));
            Map<String, BigDecimal> narrative = new LinkedHashMap<>();
            root.path("narrative").properties().forEach(e -> {
                if (!e.getKey().endsWith("Quote") && e.getValue().isNumber()) narrative.put(e.getKey(), e.getValue().decimalValue());
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
}
