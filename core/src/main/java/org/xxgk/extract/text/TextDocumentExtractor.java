package org.xxgk.extract.text;

import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.DocumentFormat;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;

/** Reads plain-text copies of reports (UTF-8 with or without BOM, GB18030/GBK). */
public final class TextDocumentExtractor implements DocumentExtractor {

    public TextDocumentExtractor() {}

    @Override
    public DocumentFormat format() {
        return DocumentFormat.TEXT;
    }

    @Override
    public ExtractedDocument extract(byte[] content, ExtractionContext context) {
        throw new UnsupportedOperationException("not implemented yet"); // TODO(issue 2)
    }
}
