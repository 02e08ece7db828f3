package org.xxgk;

import java.util.Objects;
import org.xxgk.source.Provenance;

/**
 * The one unchecked exception family of xxgk. Every failure to read a document carries the
 * document's name ({@link #source()}), a stable {@link Reason} that batch outputs and callers can
 * branch on, and where one is known, the place in the document it concerns ({@link #location()});
 * the message says the same for people.
 */
public class XxgkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final Reason reason;
    private final Provenance location;

    public XxgkException(String source, Reason reason, String message) {
        this(source, reason, message, Provenance.NONE, null);
    }

    public XxgkException(String source, Reason reason, String message, Throwable cause) {
        this(source, reason, message, Provenance.NONE, cause);
    }

    public XxgkException(String source, Reason reason, String message, Provenance location, Throwable cause) {
        super(Objects.requireNonNull(source, "source") + ": " + message + where(location), cause);
        this.source = source;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.location = location;
    }

    private static String where(Provenance location) {
        String at = Objects.requireNonNull(location, "location").describe();
        return at.isEmpty() ? "" : " (" + at + ")";
    }

    /** The document's name as the caller gave it (a path or a name). */
    public String source() {
        return source;
    }

    /** Why the document was not read; {@link Reason#code()} is the stable code, e.g. {@code corrupt-pdf}. */
    public Reason reason() {
        return reason;
    }

    /** The page or line the failure concerns, or {@link Provenance#NONE} when it concerns the whole document. */
    public Provenance location() {
        return location;
    }
}
