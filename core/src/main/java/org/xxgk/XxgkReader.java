package org.xxgk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.xxgk.check.ConsistencyChecker;
import org.xxgk.check.Finding;
import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.DocumentFormat;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.Extractors;
import org.xxgk.extract.FormatDetector;
import org.xxgk.interpret.ReportInterpreter;
import org.xxgk.model.AnnualReport;

/**
 * A configured reader: detects the format, dispatches to the extractor found through
 * {@link java.util.ServiceLoader}, interprets and checks. Immutable and thread-safe; make one and
 * share it.
 */
public final class XxgkReader {

    private static final class DefaultHolder {
        static final XxgkReader DEFAULT = new Builder().build();
    }

    private final Limits limits;
    private final Extractors extractors;
    private final ReportInterpreter interpreter;
    private final ConsistencyChecker checker;

    private XxgkReader(Builder b) {
        this.limits = b.limits;
        this.extractors = Extractors.load(b.classLoader);
        this.interpreter = new ReportInterpreter();
        this.checker = new ConsistencyChecker();
    }

    static XxgkReader defaults() {
        return DefaultHolder.DEFAULT;
    }

    public Limits limits() {
        return limits;
    }

    /** Whether an extractor for {@code format} is on the class path. */
    public boolean supports(DocumentFormat format) {
        return extractors.supports(format);
    }

    public AnnualReport read(Path path) {
        Objects.requireNonNull(path, "path");
        return read(readFile(path), path.toString());
    }

    public AnnualReport read(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        return read(readStream(in, name), name);
    }

    public AnnualReport read(byte[] content, String name) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(name, "name");
        ExtractionContext context = ExtractionContext.start(name, limits);
        ExtractedDocument document = extract(content, context);
        context.checkTime();
        AnnualReport report = interpret(document, context);
        context.checkTime();
        return report;
    }

    /**
     * The interpreter only throws {@link NotAReportException}; anything else from it is a bug in
     * xxgk, still translated here so that callers see one exception family ({@code internal-error},
     * cause kept).
     */
    private AnnualReport interpret(ExtractedDocument document, ExtractionContext context) {
        String name = context.source();
        try {
            return interpreter.interpret(document, context::checkTime);
        } catch (XxgkException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new LimitExceededException(name, "out-of-memory", "ran out of memory while interpreting", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new XxgkException(name, "internal-error", "the report could not be interpreted: " + e, e);
        }
    }

    /** The neutral document of in-memory content, without interpretation. */
    public ExtractedDocument extract(byte[] content, String name) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(name, "name");
        return extract(content, ExtractionContext.start(name, limits));
    }

    /** The neutral document only, without interpretation: what the format module made of the input. */
    public ExtractedDocument extract(Path path) {
        Objects.requireNonNull(path, "path");
        String name = path.toString();
        return extract(readFile(path), ExtractionContext.start(name, limits));
    }

    private ExtractedDocument extract(byte[] content, ExtractionContext context) {
        String name = context.source();
        if (content.length == 0) {
            throw new NotAReportException(name, "empty", "the input is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new LimitExceededException(name, "too-large", content.length + " bytes, more than the limit of " + limits.maxBytes());
        }
        DocumentFormat format = FormatDetector.detect(content, name);
        if (format == DocumentFormat.UNKNOWN) {
            throw new UnsupportedFormatException(name, "unknown-format", "not a PDF, HTML page or text document");
        }
        DocumentExtractor extractor = extractors.forFormat(format).orElseThrow(() -> new UnsupportedFormatException(name, "no-extractor",
                "no extractor for " + format + " on the class path (add xxgk-extract-" + format.name().toLowerCase(java.util.Locale.ROOT) + ")"));
        try {
            return extractor.extract(content, context);
        } catch (XxgkException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new LimitExceededException(name, "out-of-memory", "ran out of memory while extracting", e);
        } catch (StackOverflowError e) {
            throw new CorruptDocumentException(name, "too-deep", "structure nested too deeply to read", e);
        } catch (RuntimeException e) {
            // a parser's own exception must never reach the caller untranslated
            throw new CorruptDocumentException(name, "unreadable", format + " could not be read: " + e, e);
        }
    }

    public List<Finding> check(AnnualReport report) {
        return checker.check(Objects.requireNonNull(report, "report"));
    }

    public List<Finding> check(Collection<AnnualReport> reports) {
        return checker.check(Objects.requireNonNull(reports, "reports"));
    }

    private byte[] readFile(Path path) {
        String name = path.toString();
        try {
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw new LimitExceededException(name, "too-large", size + " bytes, more than the limit of " + limits.maxBytes());
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readStream(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new XxgkException(name, "not-found", "no such file", e);
        } catch (IOException e) {
            throw new XxgkException(name, "io-error", "could not be read: " + e.getMessage(), e);
        }
    }

    private byte[] readStream(InputStream in, String name) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw new LimitExceededException(name, "too-large", "more than the limit of " + limits.maxBytes() + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new XxgkException(name, "io-error", "could not be read: " + e.getMessage(), new UncheckedIOException(e));
        }
    }

    /** Options for a reader. */
    public static final class Builder {
        private Limits limits = Limits.DEFAULT;
        private ClassLoader classLoader = XxgkReader.class.getClassLoader();

        Builder() {}

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Where to look for extractors (default: xxgk's own class loader). */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        public XxgkReader build() {
            return new XxgkReader(this);
        }
    }
}
