package org.xxgk.property;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.xxgk.model.Template;

/**
 * Writes the set of portal pages the printed copies are measured on (derived/portal-set/README.md): for seeds 9000000
 * to 9000024 (V2021), 18000000 to 18000024 (V2019) and 27000000 to 27000024 (LEGACY), {@code SEED.html} and {@code
 * SEED.truth.json} (the template, whether the page left cells blank, every printed cell's value). Not a test: run by
 * {@code make_portal_set.sh}, whose printing and copying make the rest.
 */
public final class PortalPageSet {

    private static final int PAGES_A_TEMPLATE = 25;
    private static final Map<Template, Long> FIRST_SEED =
            Map.of(Template.V2021, 9_000_000L, Template.V2019, 18_000_000L, Template.LEGACY, 27_000_000L);

    private PortalPageSet() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "portal-set");
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<Template, Long> e : FIRST_SEED.entrySet()) {
            for (long seed = e.getValue(); seed < e.getValue() + PAGES_A_TEMPLATE; seed++) {
                GeneratedReport r = ReportGenerator.generate(e.getKey(), seed);
                PortalPage page = new PortalPage(r, new Random(seed));
                String html = page.render();
                Map<String, BigDecimal> truth = page.truth();
                Map<String, String> cells = new LinkedHashMap<>();
                truth.forEach((k, v) -> cells.put(k, v.toPlainString()));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("template", e.getKey().name());
                out.put("blank", truth.size() < r.truth().size());
                out.put("cells", cells);
                Files.writeString(dir.resolve(seed + ".html"), html, StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(seed + ".truth.json"), json.writeValueAsString(out) + "\n",
                        StandardCharsets.UTF_8);
            }
        }
    }
}
