package org.xxgk.output;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.check.Finding;
import org.xxgk.check.Severity;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.source.Provenance;
import org.xxgk.source.Warning;

/**
 * Findings for people, as {@code xxgk check} prints them:
 *
 * <pre>
 * == 000_5657be0d32f901c0.txt  (TEXT, V2019, 2020, 重庆市信访办公室)
 *   ERROR APP_ROW_SUM
 *     三(六)其他处理 ...
 *     Row sum ...
 *     expected 0, actual 4
 *     applications.other.naturalPerson  0  line 120
 *     applications.other.total          4  line 126
 *   extraction VALUE_AMBIGUOUS: 二 行政许可: the digits "396442278" split 28 ways …  (line 33)
 *   2 errors, 1 warning, 0 info; 1 extraction warning
 * </pre>
 */
public final class FindingsText {

    private final PrintWriter out;

    public FindingsText(PrintWriter out) {
        this.out = out;
    }

    /** One report's heading and findings. */
    public void report(AnnualReport report, List<Finding> findings) {
        List<String> about = new ArrayList<>();
        about.add(report.format().name());
        about.add(report.template().name());
        if (report.year().isPresent()) about.add(Integer.toString(report.year().getAsInt()));
        report.agency().ifPresent(about::add);
        out.println("== " + report.source() + "  (" + String.join(", ", about) + ")");
        if (findings.isEmpty() && report.warnings().isEmpty()) out.println("  no findings");
        for (Finding finding : findings) finding(finding, Optional.of(report));
        // what the reader could not do (a table not found, a row not placed, digits that split several ways) stands
        // beside the findings: a report read by half must not look clean
        for (Warning w : report.warnings()) {
            String where = w.provenance().describe();
            out.println("  extraction " + w.code().code() + ": " + w.message()
                    + (where.isEmpty() ? "" : "  (" + where + ")"));
        }
        out.println("  " + counts(findings) + (report.warnings().isEmpty() ? "" : "; " + report.warnings().size()
                + (report.warnings().size() == 1 ? " extraction warning" : " extraction warnings")));
        out.println();
    }

    /** The findings of the cross-report rules, which read cells of more than one report. */
    public void acrossReports(List<Finding> findings) {
        if (findings.isEmpty()) return;
        out.println("== across reports");
        for (Finding finding : findings) finding(finding, Optional.empty());
        out.println("  " + counts(findings));
        out.println();
    }

    /** The last line. */
    public void summary(int reports, int reportsWithErrors, List<Finding> findings, boolean unreadable) {
        out.println(
                reports + (reports == 1 ? " report" : " reports") + " checked, " + reportsWithErrors + " with errors; "
                        + counts(findings) + (unreadable ? "; some inputs could not be read (see stderr)" : ""));
    }

    /**
     * One finding; each cell it reads is shown with its value when the cells are the report's own
     * ({@code report} present), else (a cross-report finding) with where it was read only.
     */
    private void finding(Finding finding, Optional<AnnualReport> report) {
        out.println("  " + finding.severity() + " " + finding.rule());
        out.println("    " + finding.messageZh());
        out.println("    " + finding.messageEn());
        if (finding.expected().isPresent() || finding.actual().isPresent()) {
            out.println("    expected " + number(finding.expected()) + ", actual " + number(finding.actual()));
        }
        int width = finding.keys().stream().mapToInt(String::length).max().orElse(0);
        for (String key : finding.keys()) {
            StringBuilder line = new StringBuilder("    ").append(key).append(" ".repeat(width - key.length()));
            if (report.isPresent()) {
                Optional<CellValue> cell = report.get().cell(key);
                line.append("  ").append(cell.isEmpty() ? "not printed" : number(cell.get().value()));
            }
            Provenance where = finding.provenance().getOrDefault(key, Provenance.NONE);
            if (!where.describe().isEmpty()) line.append("  ").append(where.describe());
            out.println(line.toString().stripTrailing());
        }
    }

    private static String number(Optional<BigDecimal> value) {
        return value.map(Decimals::text).orElse("blank");
    }

    /** {@code 2 errors, 1 warning, 0 info}. */
    static String counts(List<Finding> findings) {
        long errors = count(findings, Severity.ERROR);
        long warnings = count(findings, Severity.WARNING);
        long info = count(findings, Severity.INFO);
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning, " : " warnings, ") + info + " info";
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
