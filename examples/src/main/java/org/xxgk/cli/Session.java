package org.xxgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;
import org.xxgk.model.AnnualReport;

/**
 * One command's run over its inputs: reads each, reports an input that cannot be read as one line
 * on stderr naming it and the reason, and remembers that one failed so that the command can exit
 * with {@link Main#UNREADABLE} after it has processed the others.
 */
final class Session {

    /** The file name endings {@link #expand} takes from a directory. */
    static final List<String> REPORT_SUFFIXES = List.of(".txt", ".html", ".htm", ".shtml", ".pdf");

    /**
     * Endings of script and data files, taken from a directory only when they hold a page
     * ({@link BatchFiles#isReport}): some sites serve the report as a JavaScript or JSON string,
     * but a saved site's own scripts are not reports.
     */
    static final List<String> SCRIPT_SUFFIXES = List.of(".js", ".json");

    private final PrintWriter err;
    private boolean failed;

    Session(PrintWriter err) {
        this.err = err;
    }

    /** Whether any input could not be read. */
    boolean failed() {
        return failed;
    }

    /**
     * The inputs with every directory replaced by the report files under it ({@link BatchFiles#isReport}),
     * sorted by path; files given by name are kept whatever their name.
     */
    List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                List<Path> found = walk.filter(Files::isRegularFile).filter(BatchFiles::isReport).sorted().toList();
                if (found.isEmpty()) fail(input + ": no .txt, .html, .htm or .pdf files in this directory");
                files.addAll(found);
            } catch (IOException | RuntimeException e) {
                fail(input + ": the directory could not be read: " + e.getMessage());
            }
        }
        return files;
    }

    /** The report, or empty after a line on stderr when it cannot be read. */
    Optional<AnnualReport> read(Path path) {
        try {
            return Optional.of(Xxgk.read(path));
        } catch (XxgkException e) {
            // the message starts with the source name; the reason code is for scripts
            fail(e.getMessage() + " [" + e.reason() + "]");
        } catch (RuntimeException e) {
            fail(path + ": internal error, please report it: " + e);
        }
        return Optional.empty();
    }

    private void fail(String line) {
        failed = true;
        err.println("xxgk: " + oneLine(line));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
