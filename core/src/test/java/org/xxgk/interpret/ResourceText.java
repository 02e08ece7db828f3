package org.xxgk.interpret;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;

/** A text copy among the test resources, to read as it is or changed. */
final class ResourceText {

    private ResourceText() {}

    /** The resource's text (UTF-8). */
    static String of(String resource) throws IOException {
        try (InputStream in = ResourceText.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code text} read as a report named {@code name}. */
    static AnnualReport read(String text, String name) {
        return Xxgk.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }
}
