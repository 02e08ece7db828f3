package org.xxgk;

/**
 * The input is in no format xxgk reads (not PDF, HTML or text), or no extractor for its format is on the class path.
 */
public class UnsupportedFormatException extends XxgkException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFormatException(String source, Reason reason, String message) {
        super(source, reason, message);
    }

    public UnsupportedFormatException(String source, Reason reason, String message, Throwable cause) {
        super(source, reason, message, cause);
    }
}
