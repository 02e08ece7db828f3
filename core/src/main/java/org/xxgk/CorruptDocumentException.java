package org.xxgk;

/** The document is damaged or truncated and cannot be parsed. */
public class CorruptDocumentException extends XxgkException {
    private static final long serialVersionUID = 1L;

    public CorruptDocumentException(String source, Reason reason, String message) {
        super(source, reason, message);
    }

    public CorruptDocumentException(String source, Reason reason, String message, Throwable cause) {
        super(source, reason, message, cause);
    }
}
