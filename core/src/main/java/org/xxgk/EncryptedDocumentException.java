package org.xxgk;

/** The document needs a password to be opened. */
public class EncryptedDocumentException extends XxgkException {
    private static final long serialVersionUID = 1L;

    public EncryptedDocumentException(String source, Reason reason, String message) {
        super(source, reason, message);
    }

    public EncryptedDocumentException(String source, Reason reason, String message, Throwable cause) {
        super(source, reason, message, cause);
    }
}
