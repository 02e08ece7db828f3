package org.xxgk.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;
import org.xxgk.cli.Main;
import org.xxgk.cli.SamplesSmokeTest;
import org.xxgk.output.Csv;
import org.xxgk.output.ReportJsonTest;
import org.xxgk.review.ReviewCommandTest;
import org.xxgk.review.ReviewPages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code xxgk compare} on a pair made from seed 000 (2020): the seed, and a copy a year later whose
 * 一 row changed and whose carried-over applications (2) differ from the seed's carried-forward ones (0).
 */
class CompareCommandTest {

    static final Path SEED = SamplesSmokeTest.SAMPLES.resolve("000_5657be0d32f901c0.txt");
    /** The cells the copy changes. */
    static final List<String> CHANGED = List.of(
            "applications.newlyReceived.naturalPerson", "applications.newlyReceived.total",
            "applications.carriedOver.naturalPerson", "applications.carriedOver.total");

    @TempDir
    static Path dir;

    static Path later;

    @BeforeAll
    static void makePair() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SEED, StandardCharsets.UTF_8));
        setRow(lines, "一、本年新收政府信息公开申请数量", "6", "6");
        setRow(lines, "二、上年结转政府信息公开申请数量", "2", "2");
        later = dir.resolve("000-2021.txt");
        Files.writeString(later, String.join("\n", lines).replace("2020年", "2021年"), StandardCharsets.UTF_8);
    }

    /** The first (自然人) and seventh (总计) of the seven values under a row label of 三, one per line in the text. */
    private static void setRow(List<String> lines, String label, String naturalPerson, String total) {
        int i = lines.indexOf(label);
        assertThat(i).as(label).isPositive();
        int seen = 0;
        for (int j = i + 1; seen < 7; j++) {
            if (lines.get(j).isBlank()) continue;
            seen++;
            if (seen == 1) lines.set(j, naturalPerson);
            if (seen == 7) lines.set(j, total);
        }
    }

    @Test
    void json_lists_every_changed_cell_and_the_carried_over_finding() throws Exception {
        Cli cli = Cli.run("compare", "--format", "json", SEED.toString(), later.toString());
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
        JsonNode json = ReportJsonTest.parse(cli.out());
        assertThat(json.get("old").get("year").asInt()).isEqualTo(2020);
        assertThat(json.get("new").get("year").asInt()).isEqualTo(2021);

        Set<String> changed = new TreeSet<>();
        JsonNode received = null;
        for (JsonNode cell : json.get("cells")) {
            if (cell.get("status").asText().equals("changed")) changed.add(cell.get("key").asText());
            if (cell.get("key").asText().equals("applications.newlyReceived.total")) received = cell;
        }
        assertThat(changed).containsExactlyInAnyOrderElementsOf(CHANGED);
        assertThat(received.get("old").decimalValue()).isEqualByComparingTo("4");
        assertThat(received.get("new").decimalValue()).isEqualByComparingTo("6");
        assertThat(received.get("change").decimalValue()).isEqualByComparingTo("2");
        assertThat(received.get("percent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(json.get("cells").size()).isEqualTo(org.xxgk.Xxgk.read(SEED).cells().size());
        assertThat(json.get("onlyInOld")).isEmpty();
        assertThat(json.get("onlyInNew")).isEmpty();

        List<String> carried = new ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            if (f.get("rule").asText().equals("CROSS_YEAR_CARRY")) {
                carried.add(f.get("keys").toString());
                assertThat(f.get("expected").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
                assertThat(f.get("actual").decimalValue()).isEqualByComparingTo("2");
            }
        }
        assertThat(carried).hasSize(2);
        assertThat(String.join(" ", carried))
                .contains("applications.carriedOver.naturalPerson")
                .contains("applications.carriedOver.total");

        // the copied text: section 一 and 五 are the seed's, numbers aside
        boolean nearIdentical = false;
        for (JsonNode s : json.get("sections")) {
            if (s.get("number").asInt() == 1) {
                nearIdentical = s.get("nearIdentical").asBoolean();
                assertThat(s.get("similarity").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("0.9"));
            }
        }
        assertThat(nearIdentical).isTrue();
    }

    @Test
    void keys_of_one_report_only_are_listed_not_dropped() throws Exception {
        // 000 is V2019, 001 V2021: their section 二 keys differ
        Path v2021 = SamplesSmokeTest.SAMPLES.resolve("001_7859ced941c8677a.txt");
        Cli cli = Cli.run("compare", "--format", "json", SEED.toString(), v2021.toString());
        assertThat(cli.exitCode()).isZero();
        JsonNode json = ReportJsonTest.parse(cli.out());
        List<String> oldOnly = new ArrayList<>();
        json.get("onlyInOld").forEach(n -> oldOnly.add(n.get("key").asText()));
        List<String> newOnly = new ArrayList<>();
        json.get("onlyInNew").forEach(n -> newOnly.add(n.get("key").asText()));
        assertThat(oldOnly).contains("active.rules.newlyMade", "active.procurement.amount");
        assertThat(newOnly).contains("active.rules.issued", "active.fees.amount");
        assertThat(json.get("notes").toString()).contains("different agencies").contains("templates differ");
        // every key of either is somewhere
        Set<String> all = new TreeSet<>(oldOnly);
        all.addAll(newOnly);
        json.get("cells").forEach(n -> all.add(n.get("key").asText()));
        Set<String> expected = new TreeSet<>(org.xxgk.Xxgk.read(SEED).cells().keySet());
        expected.addAll(org.xxgk.Xxgk.read(v2021).cells().keySet());
        assertThat(all).isEqualTo(expected);
    }

    @Test
    void text_names_each_changed_cell_and_the_finding() {
        Cli cli = Cli.run("compare", SEED.toString(), later.toString());
        assertThat(cli.exitCode()).isZero();
        for (String key : CHANGED) assertThat(cli.out()).containsPattern("(?m)^\\* " + key.replace(".", "\\.") + "\\t");
        assertThat(cli.out()).contains("applications.newlyReceived.total\t4\t6\t+2\t+50.0%");
        assertThat(cli.out()).contains("CROSS_YEAR_CARRY").contains("near-identical");
    }

    @Test
    void csv_has_a_row_per_cell_finding_and_section() throws Exception {
        Cli cli = Cli.run("compare", "--format", "csv", SEED.toString(), later.toString());
        assertThat(cli.exitCode()).isZero();
        List<CSVRecord> rows = Csv.FORMAT.parse(new StringReader(cli.out())).getRecords();
        assertThat(rows.get(0).toList()).isEqualTo(CompareOutput.CSV_HEADER);
        List<String> changed = rows.stream()
                .filter(r -> r.get(0).equals("cell") && r.get(8).equals("changed"))
                .map(r -> r.get(1))
                .toList();
        assertThat(changed).containsExactlyInAnyOrderElementsOf(CHANGED);
        assertThat(rows.stream()
                        .filter(r -> r.get(0).equals("finding") && r.get(2).equals("CROSS_YEAR_CARRY")))
                .hasSize(2);
        assertThat(rows.stream()
                        .filter(r -> r.get(0).equals("section") && r.get(8).equals("near-identical")))
                .isNotEmpty();
    }

    @Test
    void html_is_one_valid_page_that_escapes_the_reports(@TempDir Path tmp) throws Exception {
        Path evil = ReviewCommandTest.evilReport(tmp);
        Cli cli = Cli.run("compare", "--format", "html", SEED.toString(), evil.toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(ReviewPages.parseErrors(cli.out())).isEmpty();
        Document doc = Jsoup.parse(cli.out());
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(ReviewPages.executable(doc, false)).isEmpty();

        Cli pair = Cli.run("compare", "--format", "html", SEED.toString(), later.toString());
        Document page = Jsoup.parse(pair.out());
        List<String> changed = page.select("tr[data-status=changed]").eachAttr("data-key");
        assertThat(changed).containsExactlyInAnyOrderElementsOf(CHANGED);
        assertThat(page.select("li[data-rule=CROSS_YEAR_CARRY]")).hasSize(2);
    }

    @Test
    void an_unreadable_report_exits_2(@TempDir Path tmp) throws Exception {
        Path junk = tmp.resolve("junk.txt");
        Files.writeString(junk, "not a report", StandardCharsets.UTF_8);
        Cli cli = Cli.run("compare", SEED.toString(), junk.toString());
        assertThat(cli.exitCode()).isEqualTo(Main.UNREADABLE);
        assertThat(cli.err()).contains("junk.txt");
        assertThat(Cli.run("compare", SEED.toString()).exitCode()).isEqualTo(Main.UNREADABLE);
    }
}
