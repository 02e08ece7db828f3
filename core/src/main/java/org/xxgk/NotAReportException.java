package org.xxgk;

/**
 * The document was read but holds nothing of an annual report (no report tables, no report headings), or has no text
 * layer.
 */
public class NotAReportException extends XxgkException {
    private static final long serialVersionUID = 1L;

    public NotAReportException(String source, Reason reason, String message) {
        super(source, reason, message);
    }

    public NotAReportException(String source, Reason reason, String message, Throwable cause) {
        super(source, reason, message, cause);
    }
}
