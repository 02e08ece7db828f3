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
import org.xxgk.Reason;
import org.xxgk.XxgkException;
import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.internal.Faults;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Provenance;

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
    /** Whose exceptions mean a damaged file: PDFBox's parsers and fonts, and Tabula's geometry on what they read. */
    private static final String[] LIBRARIES = {"org.apache.pdfbox.", "org.apache.fontbox.", "technology.tabula."};
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
            throw new CorruptDocumentException(
                    source, Reason.CORRUPT_PDF, "truncated PDF: no %%EOF marker at the end of the file");
        }
        Pages pages = new Pages(context);
        try (PDDocument document = load(content, source)) {
            int pageCount = document.getNumberOfPages();
            context.checkPages(pageCount);
            pages.reading = true;
            PageContent.read(document, pages);
            pages.reading = false;
            if (pages.glyphs == 0) {
                throw new NotAReportException(
                        source,
                        Reason.NO_TEXT_LAYER,
                        "the PDF has no text layer (" + pageCount
                                + " page(s) of images only, a scan?); run OCR on it first");
            }
            return DocumentAssembler.assemble(pages.layouts, context);
        } catch (IOException e) {
            throw corrupt(source, e, pages.failing());
        } catch (RuntimeException e) {
            // PDFBox's and Tabula's exceptions on a damaged file blame the file; ours go up as internal errors
            if (e instanceof XxgkException || !Faults.thrownBy(e, LIBRARIES)) throw e;
            throw corrupt(source, e, pages.failing());
        } catch (StackOverflowError e) {
            throw new CorruptDocumentException(
                    source, Reason.TOO_DEEP, "the PDF's objects are nested too deeply to read", e);
        }
    }

    private static CorruptDocumentException corrupt(String source, Exception e, Provenance location) {
        return new CorruptDocumentException(
                source, Reason.CORRUPT_PDF, "the PDF could not be read: " + e.getMessage(), location, e);
    }

    /**
     * Reads each page as soon as its content is parsed, carrying the columns of an unruled table
     * that runs to the bottom of a page on to the next one, and checks the time limit between pages.
     */
    private static final class Pages implements PageContent.PageSink {

        final List<PageLayout> layouts = new ArrayList<>();
        private final ExtractionContext context;
        private Optional<UnruledTables.Layout> carried = Optional.empty();
        int glyphs;
        /** Whether the pages' content is being parsed: a failure then concerns the page after the last one read. */
        boolean reading;

        Pages(ExtractionContext context) {
            this.context = context;
        }

        /** The page whose parsing failed, or {@link Provenance#NONE} outside the pages (the file's structure). */
        Provenance failing() {
            return reading ? Provenance.page(layouts.size() + 1) : Provenance.NONE;
        }

        @Override
        public void accept(technology.tabula.Page page) {
            context.checkTime();
            PageReader.Read read = PageReader.read(page, carried, context.vocabulary());
            layouts.add(read.layout());
            carried = read.open();
            glyphs += read.layout().glyphs();
        }
    }

    private static PDDocument load(byte[] content, String source) throws IOException {
        try {
            return PDDocument.load(content, "", null, null, MemoryUsageSetting.setupMixed(MAIN_MEMORY));
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(source, Reason.ENCRYPTED, "the PDF needs a password to be opened", e);
        }
    }

    /**
     * Whether {@code %%EOF} occurs in the last kilobyte, as in every complete PDF (readers allow trailing junk up to 1
     * KB).
     */
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
