package org.xxgk.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xxgk.Xxgk;
import org.xxgk.check.Finding;
import org.xxgk.model.AnnualReport;

/** Reads one report (text, HTML or PDF) and prints its template, year, agency, three cells and its findings. */
public final class ReadOneReport {

    /**
     * PDFBox warns through java.util.logging about fonts it substitutes; an application sets the level
     * it wants (held in a field: the logging system keeps a logger only while someone holds it).
     */
    private static final List<Logger> PDFBOX =
            List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    private ReadOneReport() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ReadOneReport FILE");
            return;
        }
        PDFBOX.forEach(logger -> logger.setLevel(Level.OFF));

        AnnualReport report = Xxgk.read(Path.of(args[0]));          // text, HTML or PDF
        System.out.println("template: " + report.template());       // V2021, V2019 or LEGACY
        System.out.println("year:     " + report.year().orElse(0));  // 0 when the report states none
        System.out.println("agency:   " + report.agency().orElse("?"));
        for (String key : List.of(
                "applications.newlyReceived.total",                  // 一、本年新收政府信息公开申请数量, 总计
                "applications.resultTotal.total",                    // 三(七)总计, 总计
                "review.reconsideration.total")) {                   // 行政复议, 总计
            System.out.println(key + " = " + report.value(key).map(BigDecimal::toPlainString).orElse("blank"));
        }
        List<Finding> findings = Xxgk.check(report);                 // spec/rules.md
        for (Finding finding : findings) {
            System.out.println(finding.severity() + " " + finding.rule() + ": " + finding.messageEn());
        }
    }
}
