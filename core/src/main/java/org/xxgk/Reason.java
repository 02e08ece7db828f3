package org.xxgk;

/**
 * Why a document was not read: the stable reason of an {@link XxgkException}. Batch outputs write
 * {@link #code()} (e.g. {@code corrupt-pdf}); callers may branch on the constants.
 */
public enum Reason {
    /** The input has no bytes. */
    EMPTY("empty"),
    /** More bytes than {@link Limits#maxBytes()}. */
    TOO_LARGE("too-large"),
    /** More PDF pages than {@link Limits#maxPages()}. */
    TOO_MANY_PAGES("too-many-pages"),
    /** More table cells than {@link Limits#maxCells()}. */
    TOO_MANY_CELLS("too-many-cells"),
    /** Reading took longer than {@link Limits#maxTime()}. */
    TIME_LIMIT("time-limit"),
    /** Neither a PDF, an HTML page nor text. */
    UNKNOWN_FORMAT("unknown-format"),
    /** The format's extractor module is not on the class path. */
    NO_EXTRACTOR("no-extractor"),
    /** The file does not exist. */
    NOT_FOUND("not-found"),
    /** The file could not be read from disk. */
    IO_ERROR("io-error"),
    /** A damaged or truncated PDF. */
    CORRUPT_PDF("corrupt-pdf"),
    /** An HTML page the parser could not read. */
    CORRUPT_HTML("corrupt-html"),
    /** Markup nested more deeply than can be read. */
    TOO_DEEP("too-deep"),
    /** A PDF that needs a password to be opened. */
    ENCRYPTED("encrypted"),
    /** A PDF without a text layer (a scan): run OCR on it first. */
    NO_TEXT_LAYER("no-text-layer"),
    /** A document without any statistical table of the report forms. */
    NOT_A_REPORT("not-a-report"),
    /** A defect in xxgk itself, not in the document: please report it (the cause holds the stack trace). */
    INTERNAL("internal");

    private final String code;

    Reason(String code) {
        this.code = code;
    }

    /** The stable code written to batch outputs, e.g. {@code corrupt-pdf}. */
    public String code() {
        return code;
    }
}
