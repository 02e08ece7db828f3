package org.xxgk;

/** The document exceeds a limit of {@link Limits} (bytes, pages, cells or time). */
public class LimitExceededException extends XxgkException {
    private static final long serialVersionUID = 1L;

    public LimitExceededException(String source, Reason reason, String message) {
        super(source, reason, message);
    }

    public LimitExceededException(String source, Reason reason, String message, Throwable cause) {
        super(source, reason, message, cause);
    }
}
