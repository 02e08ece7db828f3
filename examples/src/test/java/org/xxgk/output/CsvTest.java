package org.xxgk.output;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.check.Finding;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellValue;
import org.xxgk.model.Template;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Provenance;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(header)
                .contains(
                        "active.rules.inForce",
                        "applications.other.otherReasons.total",
                        "review.litigationAfterReview.total")
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
        assertThat(text.toString())
                .startsWith("source,template,year,agency,active.rules.newlyMade,")
                .doesNotContain("\r");
    }

    @Test
    void values_csv_has_a_row_per_printed_cell_with_its_label_unit_raw_text_and_place() throws Exception {
        StringWriter text = new StringWriter();
        try (ValuesCsv csv = new ValuesCsv(text)) {
            csv.add(ReportJsonTest.v2019());
            csv.add(legacy());
        }
        List<CSVRecord> records = parse(text.toString());
        assertThat(records.get(0).toList()).containsExactly(
                "source", "key", "label", "value", "unit", "raw", "page", "table", "row", "column", "line");
        assertThat(records.subList(1, records.size()))
                .extracting(CSVRecord::toList)
                .containsExactly(
                        List.of(
                                "reports/000.pdf",
                                "active.rules.newlyMade",
                                "规章 / 本年新制作数量",
                                "1000",
                                "",
                                "1000",
                                "1",
                                "1",
                                "3",
                                "2",
                                ""),
                        List.of(
                                "reports/000.pdf",
                                "active.licensing.change",
                                "行政许可 / 本年增/减",
                                "-3",
                                "",
                                "减3",
                                "1",
                                "1",
                                "5",
                                "3",
                                ""),
                        List.of(
                                "reports/000.pdf",
                                "active.procurement.amount",
                                "政府集中采购 / 采购总金额",
                                "406",
                                "万元",
                                "406万元",
                                "",
                                "",
                                "",
                                "",
                                "40"),
                        List.of(
                                "reports/000.pdf",
                                "applications.newlyReceived.naturalPerson",
                                "一、本年新收政府信息公开申请数量 / 自然人",
                                "",
                                "",
                                "",
                                "3",
                                "2",
                                "4",
                                "4",
                                ""),
                        List.of(
                                "reports/000.pdf",
                                "applications.newlyReceived.total",
                                "一、本年新收政府信息公开申请数量 / 总计",
                                "4",
                                "",
                                "4",
                                "3",
                                "2",
                                "4",
                                "10",
                                ""),
                        List.of(
                                "reports/000.pdf",
                                "review.reconsideration.total",
                                "行政复议 / 总计",
                                "14241119.2",
                                "",
                                "14241119.2",
                                "",
                                "",
                                "",
                                "",
                                ""),
                        List.of("old.txt", "legacy.1", "一、主动公开情况", "", "", "", "", "", "", "", "3"),
                        List.of("old.txt", "legacy.1.1", "(一)主动公开政府信息数", "134", "条", "134", "", "", "", "", "4"),
                        List.of(
                                "old.txt",
                                "legacy.1.1.cumulative",
                                "(一)主动公开政府信息数",
                                "2000",
                                "条",
                                "2000",
                                "",
                                "",
                                "",
                                "",
                                "4"));
        assertThat(ValuesCsv.label(ReportJsonTest.v2019(), "applications.refused.stateSecret.total"))
                .isEqualTo("(三)不予公开 1.属于国家秘密 / 总计");
        assertThat(ValuesCsv.label(ReportJsonTest.v2019(), "active.normativeDocs.newlyMade"))
                .isEqualTo("规范性文件 / 本年新制作数量");
    }

    static AnnualReport legacy() {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        cells.put(
                "legacy.1.1.cumulative",
                new CellValue(
                        "legacy.1.1.cumulative",
                        Optional.of(new BigDecimal("2000")),
                        Optional.of("条"),
                        "2000",
                        Provenance.line(4)));
        cells.put("legacy.1", new CellValue("legacy.1", Optional.empty(), Optional.empty(), "", Provenance.line(3)));
        cells.put(
                "legacy.1.1",
                new CellValue(
                        "legacy.1.1", Optional.of(new BigDecimal("134")), Optional.of("条"), "134", Provenance.line(4)));
        Map<String, String> labels = Map.of("legacy.1", "一、主动公开情况", "legacy.1.1", "(一)主动公开政府信息数",
                "legacy.1.1.cumulative", "(一)主动公开政府信息数");
        return new AnnualReport(
                "old.txt",
                DocumentFormat.TEXT,
                Template.LEGACY,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.of(2016),
                Optional.empty(),
                cells,
                labels,
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void a_csv_file_starts_with_a_byte_order_mark_unless_asked_not_to(@TempDir Path dir) throws Exception {
        try (Writer w = Csv.create(dir.resolve("a.csv"), true)) {
            w.write("年报\n");
        }
        try (Writer w = Csv.create(dir.resolve("b.csv"), false)) {
            w.write("年报\n");
        }
        assertThat(Files.readAllBytes(dir.resolve("a.csv"))).startsWith(0xEF, 0xBB, 0xBF, 0xE5, 0xB9, 0xB4);
        assertThat(Files.readAllBytes(dir.resolve("b.csv"))).startsWith(0xE5, 0xB9, 0xB4);
    }

    @Test
    void findings_csv_has_one_row_per_finding() throws Exception {
        StringWriter text = new StringWriter();
        try (FindingsCsv csv = new FindingsCsv(text)) {
            csv.addAll(List.of(ReportJsonTest.balance(), ReportJsonTest.missingTotal()));
        }
        List<CSVRecord> records = parse(text.toString());
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList())
                .containsExactly(
                        "source",
                        "rule",
                        "severity",
                        "message_zh",
                        "message_en",
                        "keys",
                        "expected",
                        "actual",
                        "provenance",
                        "fingerprint");
        assertThat(records.get(1).toList())
                .containsExactly(
                        "reports/000.pdf",
                        "APP_BALANCE",
                        "ERROR",
                        "勾稽关系不符",
                        "the balance fails",
                        "applications.newlyReceived.naturalPerson applications.carriedOver.naturalPerson "
                                + "applications.resultTotal.naturalPerson applications.carriedForward.naturalPerson",
                        "4",
                        "0",
                        "applications.newlyReceived.naturalPerson@page 3, table 2, row 4, column 4;"
                                + " applications.resultTotal.naturalPerson@line 88",
                        "ab12");
        assertThat(records.get(2).toList())
                .containsExactly(
                        "reports/000.pdf",
                        "MISSING_TOTAL",
                        "WARNING",
                        "总计为空",
                        "the total is blank",
                        "applications.other.total",
                        "2.50",
                        "",
                        "",
                        "cd34");
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
