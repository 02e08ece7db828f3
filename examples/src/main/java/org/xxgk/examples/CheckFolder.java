package org.xxgk.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;
import org.xxgk.check.Finding;
import org.xxgk.check.Severity;
import org.xxgk.model.AnnualReport;

/**
 * Reads every file of a folder (not its subfolders) and prints each report's number of ERROR
 * findings; a file that is not a readable report gets its reason instead.
 *
 * <pre>java -cp examples/target/xxgk.jar org.xxgk.examples.CheckFolder examples/samples</pre>
 */
public final class CheckFolder {

    /** PDFBox's warnings through java.util.logging (fonts it substitutes), turned off as in {@link ReadOneReport}. */
    private static final List<Logger> PDFBOX =
            List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    private CheckFolder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CheckFolder FOLDER");
            return;
        }
        PDFBOX.forEach(logger -> logger.setLevel(Level.OFF));
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            try {
                AnnualReport report = Xxgk.read(file);
                List<Finding> findings = Xxgk.check(report);
                long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
                System.out.println(file.getFileName() + ": " + errors + " ERROR");
            } catch (XxgkException e) {
                System.out.println(file.getFileName() + ": not read (" + e.reason().code() + ")");
            }
        }
    }
}
