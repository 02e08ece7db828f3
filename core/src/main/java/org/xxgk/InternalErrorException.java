package org.xxgk;

/**
 * A defect in xxgk, not in the document ({@link Reason#INTERNAL}): an exception of our own code
 * while reading, wrapped so that it names the document. The cause holds the stack trace; please
 * report it. The document itself may be perfectly good.
 */
public class InternalErrorException extends XxgkException {
    private static final long serialVersionUID = 1L;

    public InternalErrorException(String source, Throwable cause) {
        super(source, Reason.INTERNAL, "internal error in xxgk, please report it: " + cause, cause);
    }
}
