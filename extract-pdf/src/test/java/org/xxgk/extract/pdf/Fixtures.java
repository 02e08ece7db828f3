package org.xxgk.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.xxgk.Limits;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TableGrid;
import org.xxgk.interpret.ReportVocabulary;

/** The fixture PDFs on the test class path, extracted once each. */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String id) {
        String resource = "/fixtures/" + id + ".pdf";
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedDocument extract(String id) {
        return extract(bytes(id), id + ".pdf", Limits.DEFAULT);
    }

    static ExtractedDocument extract(byte[] content, String name, Limits limits) {
        return new PdfDocumentExtractor()
                .extract(content, ExtractionContext.start(name, limits, ReportVocabulary.INSTANCE));
    }

    static List<TableGrid> tables(ExtractedDocument document) {
        return document.tables().toList();
    }
}
