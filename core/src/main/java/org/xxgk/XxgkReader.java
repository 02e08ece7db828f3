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
import org.xxgk.check.ReportDigest;
import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.Extractors;
import org.xxgk.extract.FormatDetector;
import org.xxgk.interpret.ReportInterpreter;
import org.xxgk.interpret.ReportVocabulary;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.DocumentFormat;

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
        ExtractionContext context = ExtractionContext.start(name, limits, ReportVocabulary.INSTANCE);
        ExtractedDocument document = extract(content, context);
        // the bytes are not needed any more: read from a file or stream, 64 MB of them go now, not after the
        // interpreter
        content = null;
        context.checkTime();
        AnnualReport report = interpret(document, context);
        context.checkTime();
        return report;
    }

    /**
     * The interpreter only throws {@link NotAReportException} and {@link LimitExceededException};
     * anything else from it is a defect of xxgk, not of the document: {@link InternalErrorException}
     * ({@code internal}, cause kept). Errors (out of memory) are not caught.
     */
    private AnnualReport interpret(ExtractedDocument document, ExtractionContext context) {
        try {
            return interpreter.interpret(document, context);
        } catch (XxgkException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InternalErrorException(context.source(), e);
        }
    }

    /** The neutral document of in-memory content, without interpretation. */
    public ExtractedDocument extract(byte[] content, String name) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(name, "name");
        return extract(content, ExtractionContext.start(name, limits, ReportVocabulary.INSTANCE));
    }

    /** The neutral document only, without interpretation: what the format module made of the input. */
    public ExtractedDocument extract(Path path) {
        Objects.requireNonNull(path, "path");
        String name = path.toString();
        return extract(readFile(path), ExtractionContext.start(name, limits, ReportVocabulary.INSTANCE));
    }

    private ExtractedDocument extract(byte[] content, ExtractionContext context) {
        String name = context.source();
        if (content.length == 0) {
            throw new NotAReportException(name, Reason.EMPTY, "the input is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new LimitExceededException(
                    name, Reason.TOO_LARGE, content.length + " bytes, more than the limit of " + limits.maxBytes());
        }
        DocumentFormat format = FormatDetector.detect(content, name);
        if (format == DocumentFormat.UNKNOWN) {
            throw new UnsupportedFormatException(name, Reason.UNKNOWN_FORMAT, "not a PDF, HTML page or text document"
                    + FormatDetector.binaryKind(content).map(kind -> ": " + kind).orElse(""));
        }
        DocumentExtractor extractor = extractors
                .forFormat(format)
                .orElseThrow(() -> new UnsupportedFormatException(
                        name,
                        Reason.NO_EXTRACTOR,
                        "no extractor for " + format + " on the class path (add xxgk-extract-"
                                + format.name().toLowerCase(java.util.Locale.ROOT) + ")"));
        try {
            return extractor.extract(content, context);
        } catch (XxgkException e) {
            throw e;
        } catch (RuntimeException e) {
            // the extractors translate what their parsers throw on a bad file; anything else is our defect
            throw new InternalErrorException(name, e);
        }
    }

    /** The findings of one report's own rules. */
    public List<Finding> check(AnnualReport report) {
        return checker.check(Objects.requireNonNull(report, "report"));
    }

    /**
     * The findings of each report, then those of the cross-report rules on the set (each rule runs
     * once per report). A caller that has checked each report already calls {@link #checkAcross}.
     */
    public List<Finding> check(Collection<AnnualReport> reports) {
        return checker.check(Objects.requireNonNull(reports, "reports"));
    }

    /**
     * The findings of the cross-report rules alone ({@code CROSS_YEAR_CARRY},
     * {@code CROSS_YEAR_PREVIOUS}, {@code DUPLICATE_TEXT}) over the digests of a set of reports
     * ({@link ReportDigest#of}), in the order {@link #check(Collection)} gives them after the
     * reports' own findings. No per-report rule runs. Each finding names the later report of its
     * pair as its source.
     */
    public List<Finding> checkAcross(Collection<ReportDigest> digests) {
        return checker.checkAcross(Objects.requireNonNull(digests, "digests"));
    }

    /**
     * The cross-report findings of one report, from the reports it may pair with alone (see
     * {@link ReportDigest}): the same as {@link #checkAcross(Collection)} gives it over any set that
     * holds them, for a distributed run that never holds the whole set.
     */
    public List<Finding> checkAcross(ReportDigest report, Collection<ReportDigest> partners) {
        return checker.checkAcross(
                Objects.requireNonNull(report, "report"), Objects.requireNonNull(partners, "partners"));
    }

    private byte[] readFile(Path path) {
        String name = path.toString();
        try {
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw new LimitExceededException(
                        name, Reason.TOO_LARGE, size + " bytes, more than the limit of " + limits.maxBytes());
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readStream(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new XxgkException(name, Reason.NOT_FOUND, "no such file", e);
        } catch (IOException e) {
            throw new XxgkException(name, Reason.IO_ERROR, "could not be read: " + e.getMessage(), e);
        }
    }

    private byte[] readStream(InputStream in, String name) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw new LimitExceededException(
                        name, Reason.TOO_LARGE, "more than the limit of " + limits.maxBytes() + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new XxgkException(
                    name, Reason.IO_ERROR, "could not be read: " + e.getMessage(), new UncheckedIOException(e));
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
