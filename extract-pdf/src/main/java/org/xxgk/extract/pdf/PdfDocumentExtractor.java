package org.xxgk.extract.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.xxgk.CorruptDocumentException;
import org.xxgk.EncryptedDocumentException;
import org.xxgk.NotAReportException;
import org.xxgk.XxgkException;
import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.DocumentFormat;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;

/**
 * Reads PDF reports: ruled tables with Tabula's lattice algorithm, the unruled legacy statistics
 * table with its stream algorithm inside a detected area, tables continued over page breaks joined
 * into one grid, and the text outside tables as paragraphs in reading order, page numbers left
 * out. Text is normalised with {@link org.xxgk.internal.Text#normalize} like every other format.
 *
 * <p>PDFBox 2 reads the document (never PDFBox 3: Tabula 1.0.5 is built on 2.0). A PDF that only
 * has an owner password is read; one that needs a user password fails with
 * {@link EncryptedDocumentException} ({@code encrypted}); a damaged or truncated one with
 * {@link CorruptDocumentException} ({@code corrupt-pdf}); one without any text layer (a scan)
 * with {@link NotAReportException} ({@code no-text-layer}). Stateless and thread-safe.
 */
public final class PdfDocumentExtractor implements DocumentExtractor {

    /** Memory PDFBox may use for its scratch buffers before it spills to temporary files. */
    private static final long MAIN_MEMORY = 32L << 20;
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    public PdfDocumentExtractor() {}

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public ExtractedDocument extract(byte[] content, ExtractionContext context) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(context, "context");
        String source = context.source();
        if (!endsWithEofMarker(content)) {
            throw new CorruptDocumentException(source, "corrupt-pdf", "truncated PDF: no %%EOF marker at the end of the file");
        }
        try (PDDocument document = load(content, source)) {
            int pageCount = document.getNumberOfPages();
            context.checkPages(pageCount);
            List<PageLayout> pages = new ArrayList<>(pageCount);
            Optional<UnruledTables.Layout> carried = Optional.empty();
            int glyphs = 0;
            for (int p = 1; p <= pageCount; p++) {
                context.checkTime();
                PageReader.Read read = PageReader.read(PageObjects.extract(document, p), carried);
                pages.add(read.layout());
                carried = read.open();
                glyphs += read.layout().glyphs();
            }
            if (glyphs == 0) {
                throw new NotAReportException(source, "no-text-layer",
                        "the PDF has no text layer (" + pageCount + " page(s) of images only, a scan?); run OCR on it first");
            }
            return DocumentAssembler.assemble(pages, context);
        } catch (XxgkException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CorruptDocumentException(source, "corrupt-pdf", "the PDF could not be read: " + e.getMessage(), e);
        }
    }

    private static PDDocument load(byte[] content, String source) throws IOException {
        try {
            return PDDocument.load(content, "", null, null, MemoryUsageSetting.setupMixed(MAIN_MEMORY));
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(source, "encrypted", "the PDF needs a password to be opened", e);
        }
    }

    /** Whether {@code %%EOF} occurs in the last kilobyte, as in every complete PDF (readers allow trailing junk up to 1 KB). */
    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        outer:
        for (int i = content.length - EOF_MARKER.length; i >= from; i--) {
            for (int j = 0; j < EOF_MARKER.length; j++) {
                if (content[i + j] != EOF_MARKER[j]) continue outer;
            }
            return true;
        }
        return false;
    }
}
