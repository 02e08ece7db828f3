package org.xxgk.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xxgk.batch.BatchCommand;
import org.xxgk.bench.BenchCommand;
import org.xxgk.compare.CompareCommand;
import org.xxgk.review.ReviewCommand;
import picocli.CommandLine;

/**
 * The {@code xxgk} command-line tool: {@code java -jar xxgk.jar extract|check ...}. Run it with
 * {@code --help} for the commands and their options.
 *
 * <p>Exit codes: {@value #OK} all inputs read (and, for {@code check}, no ERROR finding);
 * {@value #ERROR_FINDING} {@code check} found an ERROR; {@value #UNREADABLE} an input could not be
 * read, or the command line was wrong; {@value #INTERNAL} a bug in xxgk.
 */
public final class Main {

    public static final int OK = 0;
    static final int ERROR_FINDING = 1;
    public static final int UNREADABLE = 2;
    public static final int INTERNAL = 3;

    /**
     * PDFBox logs through java.util.logging (font fallbacks, odd structures) to stderr, which would
     * bury the tool's own one-line errors; the loggers are held here so that the setting stays.
     */
    private static final List<Logger> QUIET =
            List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    private Main() {}

    public static void main(String[] args) {
        QUIET.forEach(logger -> logger.setLevel(Level.OFF));
        // UTF-8 whatever the platform's default, so that Chinese survives a GBK or ASCII console
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the tool as {@link #main} does, writing UTF-8 to {@code out} and {@code err}, and returns
     * the exit code instead of exiting.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(outWriter, errWriter).execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new XxgkCommand());
        cl.addSubcommand(new ExtractCommand());
        cl.addSubcommand(new CheckCommand());
        cl.addSubcommand(new BatchCommand());
        cl.addSubcommand(new BenchCommand());
        cl.addSubcommand(new ReviewCommand());
        cl.addSubcommand(new CompareCommand());
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("xxgk: " + e.getMessage());
            failed.getErr()
                    .println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            return UNREADABLE;
        });
        cl.setExecutionExceptionHandler((e, failed, parseResult) -> {
            // only a bug gets here: every input problem is reported by the commands themselves
            failed.getErr().println("xxgk: internal error, please report it: " + e);
            return INTERNAL;
        });
        return cl;
    }
}
