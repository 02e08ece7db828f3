package org.xxgk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.output.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk extract FILE...}: each report as JSON, with its findings. */
@Command(
        name = "extract",
        header = "Prints each report as JSON, with its findings.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Reads each FILE (plain text, HTML or PDF) and prints the report as JSON: "
                    + "one indented object for one FILE, one object per line (JSON Lines) for several.",
            "",
            "Each object has the fields source, format, template (V2021, V2019, LEGACY or UNKNOWN), year, agency,"
                + " publishedDate; cells (canonical key -> number, null for a blank printed cell, keys as in"
                + " spec/cells.md); units (key -> unit such as 万元); labels (LEGACY key -> the indicator's label);"
                + " provenance (key -> page, table, row, column, line and the raw text); narrative (figures stated in"
                + " the prose: value, unit, quote); findings (the consistency checks that failed: rule, severity,"
                + " message in Chinese and English, keys, expected, actual, provenance, fingerprint); warnings (what"
                + " could not be read with confidence: code, message, provenance).",
            "",
            "A FILE that cannot be read is named on stderr with the reason (too-large, too-many-pages, too-many-cells, "
                    + "time-limit for one over the limits below); the others are still printed."
        },
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every FILE was read",
            "2:a FILE could not be read, or a wrong command line",
            "3:an internal error in xxgk"
        },
        footerHeading = "%n",
        footer = {"Example:", "  xxgk extract examples/samples/000_5657be0d32f901c0.txt"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Report files to read: .txt, .html or .pdf (the format is told from the content).")
    List<Path> files;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    ExtractCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Session session = new Session(
                spec.commandLine().getErr(),
                Xxgk.builder().limits(limitOptions.limits(spec.commandLine())).build());
        ReportJson json = files.size() == 1 ? ReportJson.pretty() : ReportJson.compact();
        for (Path file : files) {
            Optional<AnnualReport> report = session.read(file);
            if (report.isEmpty()) continue;
            out.println(json.report(report.get(), session.reader().check(report.get())));
            out.flush();
        }
        if (session.internalError()) return Main.INTERNAL;
        return session.failed() ? Main.UNREADABLE : Main.OK;
    }
}
