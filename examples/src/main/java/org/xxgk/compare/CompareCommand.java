package org.xxgk.compare;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xxgk.Xxgk;
import org.xxgk.XxgkReader;
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

/** {@code xxgk compare OLD NEW}: two reports of one agency in consecutive years, cell by cell. */
@Command(
        name = "compare",
        header = "Compares two reports of one agency, last year's and this year's, cell by cell.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Reads OLD and NEW (normally one agency's reports for consecutive years) and prints:",
            "  - for every key both print: the old and new value, the change and the change in per cent of the old "
                    + "value (none when the old value is 0 or a side is blank);",
            "  - the keys only one of them prints, listed, not dropped;",
            "  - the cross-year rules' findings on the pair: CROSS_YEAR_CARRY (上年结转 this year against 结转下年度 "
                    + "last year), CROSS_YEAR_PREVIOUS (V2019 上一年项目数量 against last year's count and change), "
                    + "DUPLICATE_TEXT;",
            "  - each numbered text section with its similarity to last year's (shingle Jaccard of the text without "
                    + "spaces, punctuation and numbers; 0.9 or more is near-identical: copied boilerplate).",
            "",
            "A pair of different agencies or of years that are not consecutive is compared all the same, with a note.",
            "",
            "Formats: text (for people, the default); json (one object: old, new, notes, cells, onlyInOld, onlyInNew,"
                + " findings, sections); csv (columns kind,key,label,old,new,change,percent,similarity,status,message:"
                + " a row per cell, then per finding, then per section); html (one self-contained page)."
        },
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:both reports were read (findings do not change the code)",
            "2:a report could not be read, or a wrong command line",
            "3:an internal error in xxgk"
        },
        footerHeading = "%n",
        footer = {
            "Examples:",
            "  xxgk compare 2020.pdf 2021.pdf",
            "  xxgk compare --format html 2020.pdf 2021.pdf > compare.html"
        })
public final class CompareCommand implements Callable<Integer> {

    /** How the comparison is printed. */
    enum OutputFormat { TEXT, JSON, CSV, HTML }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default), json, csv or html.")
    OutputFormat format;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report.")
    Path old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later report.")
    Path now;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    public CompareCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        XxgkReader reader = Xxgk.builder().limits(limitOptions.limits(spec.commandLine())).build();
        Session session = new Session(spec.commandLine().getErr(), reader);
        Optional<AnnualReport> a = session.read(old);
        Optional<AnnualReport> b = session.read(now);
        if (a.isEmpty() || b.isEmpty()) return Main.UNREADABLE;
        Comparison comparison = Comparison.of(a.get(), b.get());
        out.print(switch (format) {
            case TEXT -> CompareOutput.text(comparison);
            case JSON -> CompareOutput.json(comparison);
            case CSV -> CompareOutput.csv(comparison);
            case HTML -> CompareOutput.html(comparison);
        });
        out.flush();
        return Main.OK;
    }
}
