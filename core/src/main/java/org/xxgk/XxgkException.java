package org.xxgk;

import java.util.Objects;

/**
 * The one unchecked exception family of xxgk. Every failure to read a document carries the
 * document's name ({@link #source()}) and a stable reason code ({@link #reason()}) that batch
 * outputs and callers can branch on; the message says the same for people.
 */
public class XxgkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public XxgkException(String source, String reason, String message) {
        this(source, reason, message, null);
    }

    public XxgkException(String source, String reason, String message, Throwable cause) {
        super(Objects.requireNonNull(source, "source") + ": " + message, cause);
        this.source = source;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The document's name as the caller gave it (a path or a name). */
    public String source() {
        return source;
    }

    /** A stable, machine-readable reason code such as {@code corrupt-pdf} or {@code too-many-pages}. */
    public String reason() {
        return reason;
    }
}
