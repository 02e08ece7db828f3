package org.xxgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.InternalErrorException;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;
import org.xxgk.XxgkReader;
import org.xxgk.batch.BatchFiles;
import org.xxgk.batch.BatchOutcome;
import org.xxgk.model.AnnualReport;

/**
 * One command's run over its inputs: reads each under the command's limits, reports an input that
 * cannot be read as one line on stderr naming it and the reason, and remembers that one failed so
 * that the command can exit with {@link Main#UNREADABLE} after it has processed the others.
 */
public final class Session {

    /**
     * The file name endings {@link #expand} takes from a directory: pages, PDFs, and text copies,
     * Markdown among them (what converters and OCR write).
     */
    public static final List<String> REPORT_SUFFIXES =
            List.of(".txt", ".html", ".htm", ".shtml", ".pdf", ".md", ".markdown");

    /** What a directory without report files lacks, for its message: "no .txt, …, .md or .markdown files". */
    public static final String NO_REPORT_FILES = "no "
            + String.join(", ", REPORT_SUFFIXES.subList(0, REPORT_SUFFIXES.size() - 1))
            + " or " + REPORT_SUFFIXES.get(REPORT_SUFFIXES.size() - 1) + " files";

    /**
     * Endings of script and data files, taken from a directory only when they hold a page
     * ({@link BatchFiles#isReport}): some sites serve the report as a JavaScript or JSON string,
     * but a saved site's own scripts are not reports.
     */
    public static final List<String> SCRIPT_SUFFIXES = List.of(".js", ".json");

    private final PrintWriter err;
    private final XxgkReader reader;
    private boolean failed;
    private boolean internal;

    /** A session that reads under the default limits. */
    public Session(PrintWriter err) {
        this(err, Xxgk.builder().build());
    }

    /** A session that reads with {@code reader} (and so under its limits). */
    public Session(PrintWriter err, XxgkReader reader) {
        this.err = err;
        this.reader = reader;
    }

    /** The reader the inputs are read with. */
    XxgkReader reader() {
        return reader;
    }

    /** Whether any input could not be read. */
    public boolean failed() {
        return failed;
    }

    /** Whether a defect of xxgk stopped an input (its stack trace went to stderr): exit {@link Main#INTERNAL}. */
    boolean internalError() {
        return internal;
    }

    /**
     * The inputs with every directory replaced by the report files under it ({@link BatchFiles#walk}:
     * links to files and folders followed, a link that leads back into a folder it is in named on
     * stderr and not followed, as are broken links and second paths to one file), sorted by path;
     * files given by name are kept whatever their name.
     */
    public List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try {
                BatchFiles walk = BatchFiles.walk(input);
                if (walk.found().isEmpty() && walk.unreadable().isEmpty()) {
                    fail(input + ": " + NO_REPORT_FILES + " in this directory");
                }
                for (BatchOutcome.Failed failed : walk.unreadable()) fail(failed.source() + ": " + failed.message());
                for (BatchFiles.Skipped skipped : walk.skipped()) {
                    if (!skipped.reason().startsWith("not-a-report"))
                        note(skipped.path() + ": skipped (" + skipped.reason() + "): " + skipped.detail());
                }
                files.addAll(walk.files());
            } catch (IOException | RuntimeException e) {
                fail(input + ": the directory could not be read: " + e.getMessage());
            }
        }
        return files;
    }

    /** The report, or empty after a line on stderr when it cannot be read. */
    public Optional<AnnualReport> read(Path path) {
        try {
            return Optional.of(reader.read(path));
        } catch (InternalErrorException e) {
            internal(e);
        } catch (XxgkException e) {
            // the message starts with the source name; the reason code is for scripts
            fail(e.getMessage() + " [" + e.reason().code() + "]");
        } catch (RuntimeException e) {
            internal(new InternalErrorException(path.toString(), e));
        }
        return Optional.empty();
    }

    /** A line on stderr that is not a failure. */
    private void note(String line) {
        err.println("xxgk: " + oneLine(line));
    }

    /** A defect of ours: one line like any failure, then the stack trace for the bug report. */
    private void internal(InternalErrorException e) {
        fail(e.getMessage() + " [" + e.reason().code() + "]");
        internal = true;
        e.getCause().printStackTrace(err);
        err.flush();
    }

    private void fail(String line) {
        failed = true;
        err.println("xxgk: " + oneLine(line));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
