package org.xxgk;

import org.xxgk.source.Provenance;

/** The document is damaged or truncated and cannot be parsed. */
public class CorruptDocumentException extends XxgkException {
    private static final long serialVersionUID = 1L;

    public CorruptDocumentException(String source, Reason reason, String message) {
        super(source, reason, message);
    }

    public CorruptDocumentException(String source, Reason reason, String message, Throwable cause) {
        super(source, reason, message, cause);
    }

    /** Damage found at {@code location} (a PDF page, a line). */
    public CorruptDocumentException(
            String source, Reason reason, String message, Provenance location, Throwable cause) {
        super(source, reason, message, location, cause);
    }
}
