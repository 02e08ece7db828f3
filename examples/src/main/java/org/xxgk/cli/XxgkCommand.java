package org.xxgk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code xxgk} command: only its subcommands do something. */
@Command(name = "xxgk",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Reads Chinese government information disclosure annual reports (政府信息公开工作年度报告) "
                    + "from plain text, HTML or PDF into one data model with canonical cell keys, "
                    + "and checks their arithmetic (the official 勾稽关系, row and column sums, prose against tables).",
            "",
            "The format is told from the content, not the file name. Output is UTF-8."},
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read (and, for check, no report has an ERROR finding)",
            "1:check: at least one report has an ERROR finding",
            "2:an input could not be read (not found, not a report, corrupt, over a limit), or a wrong command line",
            "3:an internal error in xxgk"},
        footerHeading = "%n",
        footer = {
            "Examples:",
            "  xxgk extract examples/samples/000_5657be0d32f901c0.txt",
            "  xxgk check examples/samples",
            "  xxgk check --format json report.pdf",
            "",
            "Run 'xxgk COMMAND --help' for a command's options."})
final class XxgkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    XxgkCommand() {}

    /** Without a command: the usage on stderr, and the command-line error code. */
    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("xxgk: a command is required (extract, check, batch, bench, review or compare)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.UNREADABLE;
    }
}
