package org.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.xxgk.check.Finding;
import org.xxgk.model.CellCatalog;

class CsvTest {

    static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void cells_csv_has_the_metadata_then_every_catalogue_key() throws Exception {
        StringWriter text = new StringWriter();
        try (CellsCsv csv = new CellsCsv(text)) {
            csv.add(ReportJsonTest.v2019());
        }
        List<CSVRecord> records = parse(text.toString());
        assertThat(records).hasSize(2);
        List<String> header = records.get(0).toList();
        assertThat(header.subList(0, 4)).containsExactly("source", "template", "year", "agency");
        assertThat(header.subList(4, header.size())).isEqualTo(CellCatalog.allKeys());
        assertThat(header).contains("active.rules.inForce", "applications.other.otherReasons.total", "review.litigationAfterReview.total")
                .noneMatch(h -> h.startsWith("legacy."));

        CSVRecord row = records.get(1);
        assertThat(row.size()).isEqualTo(header.size());
        assertThat(row.get(0)).isEqualTo("reports/000.pdf");
        assertThat(row.get(1)).isEqualTo("V2019");
        assertThat(row.get(2)).isEqualTo("2020");
        assertThat(row.get(3)).isEqualTo("重庆市信访办公室");
        assertThat(row.get(header.indexOf("active.rules.newlyMade"))).isEqualTo("1000");
        assertThat(row.get(header.indexOf("active.licensing.change"))).isEqualTo("-3");
        assertThat(row.get(header.indexOf("active.procurement.amount"))).isEqualTo("406");
        assertThat(row.get(header.indexOf("review.reconsideration.total"))).isEqualTo("14241119.2");
        assertThat(row.get(header.indexOf("applications.newlyReceived.total"))).isEqualTo("4");
        assertThat(row.get(header.indexOf("applications.newlyReceived.naturalPerson"))).isEmpty();
        assertThat(row.get(header.indexOf("active.rules.issued"))).isEmpty();
        assertThat(text.toString()).startsWith("source,template,year,agency,active.rules.newlyMade,").doesNotContain("\r");
    }

    @Test
    void findings_csv_has_one_row_per_finding() throws Exception {
        StringWriter text = new StringWriter();
        try (FindingsCsv csv = new FindingsCsv(text)) {
            csv.addAll(List.of(ReportJsonTest.balance(), ReportJsonTest.missingTotal()));
        }
        List<CSVRecord> records = parse(text.toString());
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).containsExactly(
                "source", "rule", "severity", "message_zh", "message_en", "keys", "expected", "actual", "provenance", "fingerprint");
        assertThat(records.get(1).toList()).containsExactly("reports/000.pdf", "APP_BALANCE", "ERROR", "勾稽关系不符", "the balance fails",
                "applications.newlyReceived.naturalPerson applications.carriedOver.naturalPerson "
                        + "applications.resultTotal.naturalPerson applications.carriedForward.naturalPerson",
                "4", "0",
                "applications.newlyReceived.naturalPerson@page 3, table 2, row 4, column 4; applications.resultTotal.naturalPerson@line 88",
                "ab12");
        assertThat(records.get(2).toList()).containsExactly("reports/000.pdf", "MISSING_TOTAL", "WARNING", "总计为空", "the total is blank",
                "applications.other.total", "2.50", "", "", "cd34");
    }

    @Test
    void a_message_with_a_comma_quote_and_line_break_survives() throws Exception {
        Finding f = ReportJsonTest.balance();
        Finding odd = new Finding(f.source(), f.rule(), f.severity(), "一,\"二\"\n三", f.messageEn(),
                f.keys(), f.expected(), f.actual(), f.provenance(), f.fingerprint());
        StringWriter text = new StringWriter();
        try (FindingsCsv csv = new FindingsCsv(text)) {
            csv.add(odd);
        }
        assertThat(parse(text.toString()).get(1).get(3)).isEqualTo("一,\"二\"\n三");
    }
}
