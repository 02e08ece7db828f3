package org.xxgk.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.xxgk.Xxgk;
import org.xxgk.check.Finding;
import org.xxgk.model.AnnualReport;

/**
 * Reads one report and prints its template, year, agency, a few cells and its findings.
 *
 * <pre>java -cp examples/target/xxgk.jar org.xxgk.examples.ReadOneReport examples/samples/001.pdf</pre>
 */
public final class ReadOneReport {

    private ReadOneReport() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ReadOneReport FILE");
            return;
        }
        // README: begin
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
        // README: end
    }
}
