package org.xxgk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.xxgk.extract.DocumentFormat;
import org.xxgk.extract.FormatDetector;

/**
 * The report files under a directory ({@link #isReport}), all subdirectories, sorted by path so
 * that a run is the same whatever the file system's order. A subdirectory or file that cannot be
 * listed does not stop the walk: it is returned as a failure.
 *
 * @param files       the report files, sorted
 * @param unreadable  what could not be listed below the root, sorted
 */
record BatchFiles(List<Path> files, List<BatchOutcome.Failed> unreadable) {

    BatchFiles {
        files = List.copyOf(files);
        unreadable = List.copyOf(unreadable);
    }

    /** The walk of {@code dir}; an {@link IOException} only when {@code dir} itself cannot be read. */
    static BatchFiles walk(Path dir) throws IOException {
        if (!Files.exists(dir)) throw new IOException("no such directory");
        if (!Files.isDirectory(dir)) throw new IOException("not a directory");
        if (!Files.isReadable(dir)) throw new IOException("not readable");
        List<Path> files = new ArrayList<>();
        List<BatchOutcome.Failed> unreadable = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isReport(file)) files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(dir)) throw e;
                unreadable.add(new BatchOutcome.Failed(file.toString(), "io-error", "could not be listed: " + e));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.naturalOrder());
        unreadable.sort(Comparator.comparing(BatchOutcome.Failed::source));
        return new BatchFiles(files, unreadable);
    }

    /** Opens a file's content, for {@link #isReport(String, Content)}. */
    interface Content {
        InputStream open() throws IOException;
    }

    /** Whether a file is read: a report name, or a script or data file that holds a page. */
    static boolean isReport(Path file) {
        return isReport(file.getFileName().toString(), () -> Files.newInputStream(file));
    }

    /**
     * Whether a file is read: a report name ({@link #isReportName}), or a script or data name
     * ({@link Session#SCRIPT_SUFFIXES}, any case) whose content {@link FormatDetector} finds HTML in.
     */
    static boolean isReport(String name, Content content) {
        if (isReportName(name)) return true;
        String lower = name.toLowerCase(Locale.ROOT);
        if (Session.SCRIPT_SUFFIXES.stream().noneMatch(lower::endsWith)) return false;
        try (InputStream in = content.open()) {
            return FormatDetector.detect(in.readNBytes(FormatDetector.SNIFF_BYTES), name) == DocumentFormat.HTML;
        } catch (IOException e) {
            return true; // taken, so that reading it reports why it cannot be read
        }
    }

    static boolean isReportName(Path path) {
        return isReportName(path.getFileName().toString());
    }

    /** Whether a file of that name is read: {@link Session#REPORT_SUFFIXES}, in any case. */
    static boolean isReportName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Session.REPORT_SUFFIXES.stream().anyMatch(lower::endsWith);
    }
}
