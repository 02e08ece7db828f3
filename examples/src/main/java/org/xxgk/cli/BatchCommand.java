package org.xxgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.xxgk.Limits;
import org.xxgk.Xxgk;
import org.xxgk.XxgkReader;
import org.xxgk.check.Finding;
import org.xxgk.check.Severity;
import org.xxgk.model.AnnualReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk batch DIR --out OUT}: a whole folder in parallel, to JSON Lines and CSV files. */
@Command(name = "batch",
        header = "Reads and checks a whole folder in parallel and writes JSON Lines and CSV files.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Reads every .txt, .html, .htm, .shtml and .pdf file under DIR, and each .js and .json file that holds a page "
                    + "(subdirectories included, in sorted order) "
                    + "on several threads, checks each report, runs the cross-report rules on all that were read, "
                    + "and writes into OUT:",
            "  reports.jsonl  one JSON object per report, as 'xxgk extract' prints it, findings included",
            "  cells.csv      one row per report: source, template, year, agency, then every canonical key of spec/cells.md",
            "  findings.csv   one row per finding, the cross-report ones included",
            "  failures.csv   one row per file that could not be read: file, reason (a stable code such as "
                    + "corrupt-pdf, encrypted, not-a-report, time-limit), message",
            "Rows are in file order whatever the threads do. Each file is written to a temporary file in OUT and "
                    + "renamed into place when complete, so an interrupted run leaves no half-written output.",
            "",
            "A file that cannot be read is a row of failures.csv and the run goes on. Each file runs under the "
                    + "limits below, and under a watchdog that gives up on it after twice --max-time.",
            "Progress goes to stderr (a bar on a terminal, else a line every 2 s or 10%%), then a summary line."},
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the run completed and the outputs were written (even if files failed or reports have ERROR findings)",
            "2:DIR could not be read or holds no report files, OUT could not be written, or a wrong command line",
            "3:an internal error in xxgk"},
        footerHeading = "%n",
        footer = {
            "Examples:",
            "  xxgk batch reports/ --out results/",
            "  xxgk batch reports/ --out results/ --threads 8 --max-time 30s"})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of reports.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "The folder to write into (created if missing; the four files are replaced).")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files read at once (default: the number of processors, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    BatchCommand() {}

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        Limits limits = limitOptions.limits(spec.commandLine());
        long start = System.nanoTime();

        BatchFiles walk;
        try {
            walk = BatchFiles.walk(dir);
        } catch (IOException | RuntimeException e) {
            err.println("xxgk: " + dir + ": the directory could not be read: " + message(e));
            return Main.UNREADABLE;
        }
        if (walk.files().isEmpty() && walk.unreadable().isEmpty()) {
            err.println("xxgk: " + dir + ": no .txt, .html, .htm or .pdf files in this directory");
            return Main.UNREADABLE;
        }

        XxgkReader reader = Xxgk.builder().limits(limits).build();
        List<Watchdog.Job> jobs = walk.files().stream()
                .map(file -> new Watchdog.Job(file.toString(), r -> r.read(file)))
                .toList();
        List<BatchOutcome> outcomes = new ArrayList<>(walk.unreadable());
        try (BatchProgress progress = BatchProgress.on(err, jobs.size())) {
            outcomes.addAll(new BatchRunner(reader, threads, limits.maxTime().multipliedBy(2)).run(jobs, progress));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("xxgk: batch interrupted; nothing written");
            return Main.UNREADABLE;
        }
        outcomes.sort(Comparator.comparing(o -> Path.of(o.source())));

        Map<String, List<Finding>> findings = findings(reader, outcomes);
        try {
            BatchOutputs.write(out, outcomes, findings);
        } catch (IOException | RuntimeException e) {
            err.println("xxgk: " + out + ": the outputs could not be written: " + message(e));
            return Main.UNREADABLE;
        }
        err.println(summary(outcomes, findings, Duration.ofNanos(System.nanoTime() - start)));
        err.flush();
        return Main.OK;
    }

    /**
     * Each report's findings by source: its own, then those of the cross-report rules that name it
     * (a cross-report finding belongs to the later report of its pair), as {@code check} has them.
     */
    private static Map<String, List<Finding>> findings(XxgkReader reader, List<BatchOutcome> outcomes) {
        Map<String, List<Finding>> bySource = new LinkedHashMap<>();
        List<AnnualReport> reports = new ArrayList<>();
        Set<String> single = new HashSet<>();
        for (BatchOutcome outcome : outcomes) {
            if (!(outcome instanceof BatchOutcome.Read read)) continue;
            reports.add(read.report());
            bySource.put(read.source(), new ArrayList<>(read.findings()));
            read.findings().forEach(f -> single.add(f.fingerprint()));
        }
        if (reports.size() > 1) {
            for (Finding finding : reader.check(reports)) {
                if (single.contains(finding.fingerprint())) continue;
                bySource.computeIfAbsent(finding.source(), s -> new ArrayList<>()).add(finding);
            }
        }
        return bySource;
    }

    private String summary(List<BatchOutcome> outcomes, Map<String, List<Finding>> findings, Duration elapsed) {
        long failed = outcomes.stream().filter(o -> o instanceof BatchOutcome.Failed).count();
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) bySeverity.put(severity, 0);
        findings.values().forEach(list -> list.forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum)));
        return String.format(Locale.ROOT, "xxgk batch: %d files, %d read, %d failed; findings: %d ERROR, %d WARNING, %d INFO; %s; written to %s",
                outcomes.size(), outcomes.size() - failed, failed,
                bySeverity.get(Severity.ERROR), bySeverity.get(Severity.WARNING), bySeverity.get(Severity.INFO),
                BatchDurations.text(elapsed), out);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
