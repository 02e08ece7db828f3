package org.xxgk.extract;

import org.xxgk.source.DocumentFormat;

/**
 * The extractor SPI. A format module implements it once and registers the class in
 * {@code META-INF/services/org.xxgk.extract.DocumentExtractor}; {@link java.util.ServiceLoader}
 * finds it, so adding a jar adds a format. Implementations are stateless and thread-safe and have
 * a public no-argument constructor.
 *
 * <p>An extractor does only generic work: it turns bytes into blocks of text and table grids. It
 * knows nothing of annual reports; interpretation is shared in {@code org.xxgk.interpret}.
 */
public interface DocumentExtractor {

    /** The format this extractor reads. */
    DocumentFormat format();

    /**
     * Extracts one document.
     *
     * @param content the whole input (already within {@code context.limits().maxBytes()})
     * @param context the document's name and limits
     * @throws org.xxgk.XxgkException (a subclass naming the reason) for input it cannot read;
     *         never a parser's own exception
     */
    ExtractedDocument extract(byte[] content, ExtractionContext context);
}
