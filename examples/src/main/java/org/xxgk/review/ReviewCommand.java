package org.xxgk.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.xxgk.Xxgk;
import org.xxgk.XxgkReader;
import org.xxgk.check.Finding;
import org.xxgk.check.ReportDigest;
import org.xxgk.check.Severity;
import org.xxgk.cli.LimitOptions;
import org.xxgk.cli.Main;
import org.xxgk.cli.Session;
import org.xxgk.cli.Version;
import org.xxgk.model.AnnualReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk review FILE|DIR... --out DIR}: one HTML page per report for people who check it by eye, and an index. */
@Command(
        name = "review",
        header = "Writes one HTML page per report for checking it by eye, and an index page.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Reads each report, checks it (with the cross-report rules over the whole set) and writes into DIR one "
                    + "self-contained page per report (no script, no network: it opens from disk) and index.html.",
            "",
            "A page draws the report's tables in the national form's layout for its template (二, 三 with its applicant"
                + " columns and row groups, 四 with its 复议/诉讼 blocks; LEGACY as its indicator list with both value"
                + " columns). Every cell shows its text as printed and carries the model's value in data-value (the"
                + " key in data-key); a blank stays blank. Each finding marks the cells it reads, ERROR and WARNING by"
                + " colour and by a symbol (✖, ▲); focusing a cell (Tab) or hovering it shows where it was read and"
                + " its raw text. Beside the tables: the findings in Chinese and English with expected and actual"
                + " values, the values the reader could not place with their warnings, and the figures of the prose"
                + " with the cells they are compared with.",
            "",
            "index.html lists the reports (agency, year, template, ERRORs, WARNINGs, values not placed), sortable by"
                    + " each column, linking to each page. A page is named after its input file (003.pdf ->"
                    + " 003.pdf.html).",
            "",
            "Everything taken from a report is escaped: its text shows as text and runs nothing."
        },
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and its page written (findings do not change the code)",
            "2:an input could not be read (the others still get their pages), DIR could not be written, or a wrong"
                    + " command line",
            "3:an internal error in xxgk"
        },
        footerHeading = "%n",
        footer = {
            "Examples:",
            "  xxgk review examples/samples --out review",
            "  xxgk review 2020.pdf 2021.pdf --out review"
        })
public final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The folder to write the pages into (made if missing; pages of the same names are replaced).")
    Path out;

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "1..*",
            description =
                    "Report files (.txt, .html, .pdf; the format is told from the content) or directories of them.")
    List<Path> inputs;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    public ReviewCommand() {}

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        XxgkReader reader = Xxgk.builder().limits(limitOptions.limits(spec.commandLine())).build();
        Session session = new Session(err, reader);
        List<Path> files = session.expand(inputs);

        Map<Path, AnnualReport> reports = new LinkedHashMap<>();
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            Optional<AnnualReport> read = session.read(file);
            if (read.isEmpty()) {
                unreadable.add(file + ": 未能读取,原因见命令输出 / could not be read, the reason is on stderr");
                continue;
            }
            reports.put(file, read.get());
            findings.put(read.get().source(), new ArrayList<>(reader.check(read.get())));
        }
        if (reports.size() > 1) {
            List<ReportDigest> digests = reports.values().stream().map(ReportDigest::of).toList();
            for (Finding f : reader.checkAcross(digests)) {
                // a cross-report finding belongs to the later report of its pair, whose source it names
                findings.computeIfAbsent(f.source(), s -> new ArrayList<>()).add(f);
            }
        }

        try {
            Files.createDirectories(out);
            Set<String> names = new HashSet<>(Set.of("index.html"));
            List<ReviewIndex.Row> rows = new ArrayList<>();
            for (Map.Entry<Path, AnnualReport> e : reports.entrySet()) {
                AnnualReport report = e.getValue();
                String name = pageName(e.getKey(), names);
                List<Finding> own = findings.getOrDefault(report.source(), List.of());
                write(out.resolve(name), ReviewPage.render(report, own, Optional.of("index.html")));
                // without an agency, the title, so that a row still says whose report it is
                rows.add(new ReviewIndex.Row(
                        name,
                        report.source(),
                        report.agency().orElse(report.title().orElse("")),
                        report.year().isPresent()
                                ? Integer.toString(report.year().getAsInt())
                                : "",
                        report.template().name(),
                        count(own, Severity.ERROR),
                        count(own, Severity.WARNING),
                        (int) report.warnings().stream()
                                .filter(w -> ReviewPage.UNPLACED_CODES.contains(w.code()))
                                .count()));
            }
            write(out.resolve("index.html"), ReviewIndex.render(rows, unreadable));
            spec.commandLine()
                    .getOut()
                    .println("xxgk: wrote " + rows.size() + " review pages and index.html to " + out);
        } catch (IOException e) {
            err.println("xxgk: " + out + ": could not be written: " + e.getMessage());
            return Main.UNREADABLE;
        }
        return session.failed() ? Main.UNREADABLE : Main.OK;
    }

    /** The page's file name: the input's name and .html, made unique within the run. */
    private static String pageName(Path file, Set<String> taken) {
        Path fileName = file.getFileName();
        String base = (fileName == null ? "report" : fileName.toString()).replaceAll("[\\\\/:*?\"<>|#%]", "_");
        String name = base + ".html";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = base + "-" + n + ".html";
        return name;
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static void write(Path file, String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
