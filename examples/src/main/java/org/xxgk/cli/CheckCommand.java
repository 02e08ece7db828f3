package org.xxgk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xxgk.Xxgk;
import org.xxgk.XxgkReader;
import org.xxgk.check.Finding;
import org.xxgk.check.ReportDigest;
import org.xxgk.check.Severity;
import org.xxgk.model.AnnualReport;
import org.xxgk.output.FindingsText;
import org.xxgk.output.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk check FILE|DIR...}: the findings of each report, for people or as JSON. */
@Command(
        name = "check",
        header = "Checks the arithmetic of each report and prints what fails.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Reads each report and runs the consistency rules of spec/rules.md on it: the official 勾稽关系 (一 + 二 = 三(七)"
                + " + 四), row and column sums, review and litigation sums, counts that must be whole and non-negative,"
                + " units, template against year, missing tables and sections, and the prose figures against the"
                + " tables. With several reports the cross-report rules run on the set too (carried applications"
                + " between consecutive years, item counts across years, near-identical text).",
            "",
            "A DIR is searched with its subdirectories for .txt, .html, .htm, .shtml, .pdf, .md and .markdown files, "
                    + "and .js and .json files that hold a page, in sorted order.",
            "",
            "For people (the default) each report gets a heading, then each finding: severity, rule, the message in"
                + " Chinese and in English, expected and actual values, and every cell the rule reads with its value"
                + " and where it was read (page, table, row, column; line for text). A summary line ends the output.",
            "With --format json: one object {source, findings} per report, the findings shaped as in 'xxgk extract' "
                    + "(indented for one report, JSON Lines for several).",
            "",
            "A FILE that cannot be read is named on stderr with the reason (too-large, too-many-pages, too-many-cells, "
                    + "time-limit for one over the limits below); the others are still checked."
        },
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every report was read and none has an ERROR finding (WARNING and INFO findings do not count)",
            "1:at least one report has an ERROR finding",
            "2:an input could not be read (this wins over 1: the check is incomplete), or a wrong command line",
            "3:an internal error in xxgk"
        },
        footerHeading = "%n",
        footer = {"Examples:", "  xxgk check examples/samples", "  xxgk check --format json examples/samples/003.pdf"})
final class CheckCommand implements Callable<Integer> {

    /** How findings are printed. */
    enum OutputFormat { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default) or json.")
    OutputFormat format;

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "1..*",
            description =
                    "Report files (.txt, .html, .pdf; the format is told from the content) or directories of them.")
    List<Path> inputs;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    CheckCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        XxgkReader reader = Xxgk.builder().limits(limitOptions.limits(spec.commandLine())).build();
        Session session = new Session(spec.commandLine().getErr(), reader);
        FindingsText text = new FindingsText(out);
        List<Path> files = session.expand(inputs);

        // what the cross-report rules read of each report: the reports themselves are let go
        Map<String, ReportDigest> digests = new LinkedHashMap<>();
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (Path file : files) {
            Optional<AnnualReport> read = session.read(file);
            if (read.isEmpty()) continue;
            AnnualReport report = read.get();
            List<Finding> own = reader.check(report);
            digests.put(report.source(), ReportDigest.of(report));
            findings.put(report.source(), new ArrayList<>(own));
            if (format == OutputFormat.TEXT) {
                text.report(report, own);
                out.flush();
            }
        }

        // the cross-report rules alone, on the digests: each report's own rules ran once, above
        List<Finding> across = digests.size() < 2 ? List.of() : reader.checkAcross(digests.values());
        List<Finding> all = new ArrayList<>();
        findings.values().forEach(all::addAll);
        all.addAll(across);
        if (format == OutputFormat.TEXT) {
            text.acrossReports(across);
            text.summary(digests.size(), errorReports(findings), all, session.failed());
        } else {
            // a cross-report finding belongs to the later report of its pair, whose source it names
            for (Finding finding : across)
                findings.computeIfAbsent(finding.source(), s -> new ArrayList<>())
                        .add(finding);
            ReportJson json = files.size() == 1 && !inputsHaveDirectory() ? ReportJson.pretty() : ReportJson.compact();
            findings.forEach((source, list) -> out.println(json.findings(source, list)));
        }
        out.flush();

        if (session.internalError()) return Main.INTERNAL;
        if (session.failed()) return Main.UNREADABLE;
        return all.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Main.ERROR_FINDING : Main.OK;
    }

    private boolean inputsHaveDirectory() {
        return inputs.stream().anyMatch(Files::isDirectory);
    }

    private static int errorReports(Map<String, List<Finding>> findings) {
        return (int) findings.values().stream()
                .filter(list -> list.stream().anyMatch(f -> f.severity() == Severity.ERROR))
                .count();
    }
}
