package org.xxgk.output;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.xxgk.check.Finding;
import org.xxgk.check.Severity;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.model.NarrativeFigure;
import org.xxgk.model.Template;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Provenance;
import org.xxgk.source.Warning;
import org.xxgk.source.WarningCode;

import static org.assertj.core.api.Assertions.assertThat;

public class ReportJsonTest {

    public static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static CellValue cell(String key, String value, String raw, Provenance provenance) {
        return new CellValue(key, Optional.ofNullable(value).map(BigDecimal::new), Optional.empty(), raw, provenance);
    }

    /**
     * A V2019 report with a blank cell, a unit, a decimal, an exponent-form value, a negative change and cells given
     * out of order.
     */
    static AnnualReport v2019() {
        List<CellValue> cells = List.of(
                cell("applications.newlyReceived.total", "4", "4", Provenance.cell(3, 2, 4, 10)),
                new CellValue(
                        "active.procurement.amount",
                        Optional.of(new BigDecimal("406")),
                        Optional.of("万元"),
                        "406万元",
                        Provenance.line(40)),
                cell("active.licensing.change", "-3", "减3", Provenance.cell(1, 1, 5, 3)),
                cell("active.rules.newlyMade", "1E+3", "1000", Provenance.cell(1, 1, 3, 2)),
                cell("applications.newlyReceived.naturalPerson", null, "", Provenance.cell(3, 2, 4, 4)),
                cell("review.reconsideration.total", "14241119.2", "14241119.2", Provenance.NONE));
        Map<String, CellValue> map = new LinkedHashMap<>();
        cells.forEach(c -> map.put(c.key(), c));
        return new AnnualReport(
                "reports/000.pdf",
                DocumentFormat.PDF,
                Template.V2019,
                List.of("第二十条第(一)项 columns"),
                Optional.of("重庆市信访办公室2020年政府信息公开工作年度报告"),
                Optional.of("重庆市信访办公室"),
                OptionalInt.of(2020),
                Optional.of(LocalDate.of(2021, 1, 29)),
                map,
                Map.of(),
                List.of(),
                List.of(
                        new NarrativeFigure(
                                "applicationsReceived",
                                new BigDecimal("4"),
                                Optional.of("件"),
                                "2020年,市信访办收到政府信息公开申请4件,全部办结。",
                                Provenance.line(12)),
                        new NarrativeFigure(
                                "applicationsReceived",
                                new BigDecimal("5"),
                                Optional.empty(),
                                "later mention",
                                Provenance.line(30)),
                        new NarrativeFigure(
                                "activeDisclosureItems",
                                new BigDecimal("1129"),
                                Optional.empty(),
                                "主动公开信息1129条",
                                Provenance.NONE)),
                List.of(
                        new Warning(
                                WarningCode.VALUE_WITHOUT_HEADER,
                                "a value with no header: 7",
                                Provenance.cell(4, 3, 2, 16)),
                        new Warning(WarningCode.TABLE_NOT_FOUND, "no table 四", Provenance.NONE)));
    }

    static Finding balance() {
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        provenance.put("applications.newlyReceived.naturalPerson", Provenance.cell(3, 2, 4, 4));
        provenance.put("applications.resultTotal.naturalPerson", Provenance.line(88));
        return new Finding("reports/000.pdf", "APP_BALANCE", Severity.ERROR, "勾稽关系不符", "the balance fails",
                List.of("applications.newlyReceived.naturalPerson", "applications.carriedOver.naturalPerson",
                        "applications.resultTotal.naturalPerson", "applications.carriedForward.naturalPerson"),
                Optional.of(new BigDecimal("4")), Optional.of(new BigDecimal("0")), provenance, "ab12");
    }

    static Finding missingTotal() {
        return new Finding(
                "reports/000.pdf",
                "MISSING_TOTAL",
                Severity.WARNING,
                "总计为空",
                "the total is blank",
                List.of("applications.other.total"),
                Optional.of(new BigDecimal("2.50")),
                Optional.empty(),
                Map.of(),
                "cd34");
    }

    public static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void the_object_has_exactly_the_fields_of_the_layout_in_order() throws Exception {
        JsonNode json = parse(ReportJson.compact().report(v2019(), List.of(balance())));
        assertThat(fieldNames(json)).containsExactly("source", "format", "template", "year", "agency", "publishedDate",
                "cells", "units", "labels", "provenance", "narrative", "findings", "warnings");
        assertThat(json.get("source").asText()).isEqualTo("reports/000.pdf");
        assertThat(json.get("format").asText()).isEqualTo("PDF");
        assertThat(json.get("template").asText()).isEqualTo("V2019");
        assertThat(json.get("year").isInt()).isTrue();
        assertThat(json.get("year").asInt()).isEqualTo(2020);
        assertThat(json.get("agency").asText()).isEqualTo("重庆市信访办公室");
        assertThat(json.get("publishedDate").asText()).isEqualTo("2021-01-29");
    }

    @Test
    void cells_are_flat_in_catalogue_order_with_null_for_a_blank() throws Exception {
        JsonNode cells = parse(ReportJson.compact().report(v2019(), List.of())).get("cells");
        assertThat(fieldNames(cells))
                .containsExactly(
                        "active.rules.newlyMade",
                        "active.licensing.change",
                        "active.procurement.amount",
                        "applications.newlyReceived.naturalPerson",
                        "applications.newlyReceived.total",
                        "review.reconsideration.total");
        assertThat(cells.get("applications.newlyReceived.naturalPerson").isNull()).isTrue();
        assertThat(cells.get("applications.newlyReceived.total").decimalValue()).isEqualByComparingTo("4");
        assertThat(cells.get("active.licensing.change").decimalValue()).isEqualByComparingTo("-3");
    }

    @Test
    void numbers_are_written_as_printed() {
        String json = ReportJson.compact().report(v2019(), List.of(balance(), missingTotal()));
        assertThat(json)
                .contains("\"active.rules.newlyMade\":1000,")
                .contains("\"active.licensing.change\":-3,")
                .contains("\"active.procurement.amount\":406,")
                .contains("\"applications.newlyReceived.naturalPerson\":null,")
                .contains("\"applications.newlyReceived.total\":4,")
                .contains("\"review.reconsideration.total\":14241119.2}")
                .contains("\"expected\":4,\"actual\":0,")
                .contains("\"expected\":2.50,\"actual\":null,")
                .contains("\"narrative\":{\"applicationsReceived\":{\"value\":4,")
                .doesNotContain("E+", "E-", "4.0", "1000.0");
    }

    @Test
    void units_labels_and_provenance_without_zeros() throws Exception {
        JsonNode json = parse(ReportJson.compact().report(v2019(), List.of()));
        assertThat(json.get("units").toString()).isEqualTo("{\"active.procurement.amount\":\"万元\"}");
        assertThat(json.get("labels").isObject()).isTrue();
        assertThat(json.get("labels").size()).isZero();
        JsonNode provenance = json.get("provenance");
        assertThat(fieldNames(provenance)).containsExactlyElementsOf(fieldNames(json.get("cells")));
        assertThat(provenance.get("applications.newlyReceived.total").toString())
                .isEqualTo("{\"page\":3,\"table\":2,\"row\":4,\"column\":10,\"raw\":\"4\"}");
        assertThat(provenance.get("active.procurement.amount").toString()).isEqualTo("{\"line\":40,\"raw\":\"406万元\"}");
        assertThat(provenance.get("active.licensing.change").toString())
                .isEqualTo("{\"page\":1,\"table\":1,\"row\":5,\"column\":3,\"raw\":\"减3\"}");
        assertThat(provenance.get("review.reconsideration.total").toString()).isEqualTo("{\"raw\":\"14241119.2\"}");
    }

    @Test
    void legacy_labels_are_carried() throws Exception {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        cells.put("legacy.1", cell("legacy.1", null, "", Provenance.line(5)));
        cells.put("legacy.1.1", cell("legacy.1.1", "2413", "2413", Provenance.line(6)));
        cells.put("legacy.1.1.cumulative", cell("legacy.1.1.cumulative", "20000", "20000", Provenance.line(6)));
        AnnualReport legacy = new AnnualReport(
                "002.txt",
                DocumentFormat.TEXT,
                Template.LEGACY,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                cells,
                Map.of("legacy.1", "一、主动公开情况", "legacy.1.1", "(一)主动公开政府信息数"),
                List.of(),
                List.of(),
                List.of());
        JsonNode json = parse(ReportJson.compact().report(legacy, List.of()));
        assertThat(json.get("template").asText()).isEqualTo("LEGACY");
        assertThat(json.get("year").isNull()).isTrue();
        assertThat(json.get("agency").isNull()).isTrue();
        assertThat(json.get("publishedDate").isNull()).isTrue();
        assertThat(json.get("cells").toString())
                .isEqualTo("{\"legacy.1\":null,\"legacy.1.1\":2413,\"legacy.1.1.cumulative\":20000}");
        assertThat(json.get("labels").toString())
                .isEqualTo("{\"legacy.1\":\"一、主动公开情况\",\"legacy.1.1\":\"(一)主动公开政府信息数\"}");
        assertThat(json.get("units").toString()).isEqualTo("{}");
    }

    @Test
    void narrative_by_name_first_figure_wins() throws Exception {
        JsonNode narrative = parse(ReportJson.compact().report(v2019(), List.of())).get("narrative");
        assertThat(fieldNames(narrative)).containsExactly("applicationsReceived", "activeDisclosureItems");
        assertThat(narrative.get("applicationsReceived").toString()).isEqualTo(
                "{\"value\":4,\"unit\":\"件\",\"quote\":\"2020年,市信访办收到政府信息公开申请4件,全部办结。\"}");
        assertThat(narrative.get("activeDisclosureItems").get("unit").isNull()).isTrue();
    }

    @Test
    void findings_have_their_shape() throws Exception {
        JsonNode findings = parse(ReportJson.compact().report(v2019(), List.of(balance(), missingTotal())))
                .get("findings");
        assertThat(findings.size()).isEqualTo(2);
        JsonNode first = findings.get(0);
        assertThat(fieldNames(first))
                .containsExactly(
                        "rule", "severity", "message", "keys", "expected", "actual", "provenance", "fingerprint");
        assertThat(first.get("rule").asText()).isEqualTo("APP_BALANCE");
        assertThat(first.get("severity").asText()).isEqualTo("ERROR");
        assertThat(first.get("message").toString()).isEqualTo("{\"zh\":\"勾稽关系不符\",\"en\":\"the balance fails\"}");
        assertThat(first.get("keys").toString()).isEqualTo("[\"applications.newlyReceived.naturalPerson\","
                + "\"applications.carriedOver.naturalPerson\",\"applications.resultTotal.naturalPerson\","
                + "\"applications.carriedForward.naturalPerson\"]");
        assertThat(first.get("provenance").toString())
                .isEqualTo(
                        "{\"applications.newlyReceived.naturalPerson\":"
                            + "{\"page\":3,\"table\":2,\"row\":4,\"column\":4},\"applications.resultTotal.naturalPerso"
                                    + "n\":{\"line\":88}}");
        assertThat(first.get("fingerprint").asText()).isEqualTo("ab12");
        JsonNode second = findings.get(1);
        assertThat(second.get("severity").asText()).isEqualTo("WARNING");
        assertThat(second.get("actual").isNull()).isTrue();
        assertThat(second.get("provenance").toString()).isEqualTo("{}");
    }

    @Test
    void warnings_have_code_message_and_provenance() throws Exception {
        JsonNode warnings = parse(ReportJson.compact().report(v2019(), List.of())).get("warnings");
        assertThat(warnings.toString())
                .isEqualTo("[{\"code\":\"VALUE_WITHOUT_HEADER\",\"message\":\"a value with no header: 7\","
                        + "\"provenance\":{\"page\":4,\"table\":3,\"row\":2,\"column\":16}},"
                        + "{\"code\":\"TABLE_NOT_FOUND\",\"message\":\"no table 四\",\"provenance\":{}}]");
    }

    @Test
    void compact_is_one_line_and_pretty_is_indented_with_the_same_content() throws Exception {
        String compact = ReportJson.compact().report(v2019(), List.of(balance()));
        String pretty = ReportJson.pretty().report(v2019(), List.of(balance()));
        assertThat(compact).doesNotContain("\n", "\r");
        assertThat(pretty).startsWith("{\n  \"source\" : \"reports/000.pdf\",\n").doesNotContain("\r");
        assertThat(parse(pretty)).isEqualTo(parse(compact));
    }

    @Test
    void findings_object_for_check() throws Exception {
        JsonNode json = parse(ReportJson.compact().findings("reports/000.pdf", List.of(balance())));
        assertThat(fieldNames(json)).containsExactly("source", "findings");
        assertThat(json.get("source").asText()).isEqualTo("reports/000.pdf");
        assertThat(json.get("findings").get(0).get("rule").asText()).isEqualTo("APP_BALANCE");
    }
}
