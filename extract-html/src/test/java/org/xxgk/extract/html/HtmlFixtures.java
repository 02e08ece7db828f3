package org.xxgk.extract.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.xxgk.Limits;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;

/** Test helpers: the fixture pages from the class path, and extraction of bytes or markup. */
final class HtmlFixtures {

    private HtmlFixtures() {}

    static byte[] bytes(String id) {
        String resource = "/fixtures/" + id + ".html";
        try (InputStream in = HtmlFixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedDocument fixture(String id) {
        return extract(bytes(id), id + ".html");
    }

    static ExtractedDocument extract(byte[] content, String name) {
        return new HtmlDocumentExtractor().extract(content, ExtractionContext.start(name, Limits.DEFAULT));
    }

    static ExtractedDocument html(String markup) {
        return extract(markup.getBytes(StandardCharsets.UTF_8), "test.html");
    }

    static List<TableGrid> grids(ExtractedDocument document) {
        return document.tables().collect(Collectors.toList());
    }

    static List<String> texts(ExtractedDocument document) {
        return document.textBlocks().map(TextBlock::text).collect(Collectors.toList());
    }

    /** The grid as rows of cell texts, for compact assertions. */
    static List<List<String>> texts(TableGrid grid) {
        return grid.rows().stream()
                .map(r -> r.stream().map(c -> c.text()).collect(Collectors.toList()))
                .collect(Collectors.toList());
    }
}
