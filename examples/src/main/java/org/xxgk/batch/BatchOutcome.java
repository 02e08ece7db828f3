package org.xxgk.batch;

import java.util.List;
import java.util.Objects;
import org.xxgk.XxgkException;
import org.xxgk.check.Finding;
import org.xxgk.model.AnnualReport;

/** What became of one document of a batch: read and checked, or failed with a reason code. */
public sealed interface BatchOutcome permits BatchOutcome.Read, BatchOutcome.Failed {

    /** The document's name: its path as walked, the same string a report's {@code source()} carries. */
    String source();

    /** Read and checked; {@code findings} are the report's own (the cross-report ones come later). */
    record Read(String source, AnnualReport report, List<Finding> findings) implements BatchOutcome {
        public Read {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(report, "report");
            findings = List.copyOf(findings);
        }
    }

    /** Not read: a stable reason code (as {@link XxgkException#reason()}) and a one-line message. */
    record Failed(String source, String reason, String message) implements BatchOutcome {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            message = oneLine(Objects.requireNonNull(message, "message"));
        }

        /**
         * The exception's reason, and its message without the leading {@code "source: "} (the file column names it).
         */
        static Failed of(String source, XxgkException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String prefix = e.source() + ": ";
            return new Failed(
                    source,
                    e.reason().code(),
                    message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        }

        private static String oneLine(String text) {
            return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        }
    }
}
