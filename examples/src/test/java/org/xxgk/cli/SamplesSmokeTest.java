package org.xxgk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.output.ReportJsonTest;
import org.xxgk.testing.Golden;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool on every bundled sample of {@code examples/samples/}, as text, HTML and PDF: the
 * JSON that {@code extract} prints carries the golden file's cells, and {@code check} exits 1
 * exactly for the seeds whose golden file lists an ERROR (000, 002, 003).
 */
public class SamplesSmokeTest {

    public static final Path SAMPLES = Path.of("samples");

    /** The three bundled files of a seed. */
    static Path sample(String id, String format) {
        return switch (format) {
            case "text" -> SAMPLES.resolve(Golden.baseName(id) + ".txt");
            case "html" -> SAMPLES.resolve(id + ".html");
            case "pdf" -> SAMPLES.resolve(id + ".pdf");
            default -> throw new IllegalArgumentException(format);
        };
    }

    static Stream<Arguments> samples() {
        List<Arguments> all = new ArrayList<>();
        for (String id : Golden.IDS) {
            for (String format : List.of("text", "html", "pdf")) all.add(Arguments.of(id, format));
        }
        return all.stream();
    }

    static List<Golden.ExpectedFinding> goldenErrors(Golden golden) {
        return golden.expectedFindings().stream().filter(f -> f.severity().equals("ERROR")).toList();
    }

    @ParameterizedTest(name = "extract {0} ({1})")
    @MethodSource("samples")
    void extract_prints_the_golden_cells(String id, String format) throws Exception {
        Path file = sample(id, format);
        Golden golden = Golden.load(id);
        Cli cli = Cli.run("extract", file.toString());
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();

        JsonNode json = ReportJsonTest.parse(cli.out());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(json.get("source").asText()).isEqualTo(file.toString());
        soft.assertThat(json.get("format").asText())
                .isEqualTo(format.equals("text") ? "TEXT" : format.toUpperCase(Locale.ROOT));
        soft.assertThat(json.get("template").asText()).isEqualTo(golden.template());
        soft.assertThat(json.get("year").asInt()).isEqualTo(golden.year());
        soft.assertThat(json.get("agency").asText()).isEqualTo(golden.agency());
        JsonNode cells = json.get("cells");
        for (Map.Entry<String, BigDecimal> e : golden.cells().entrySet()) {
            JsonNode value = cells.path(e.getKey());
            String where = json.get("provenance").path(e.getKey()).toString();
            if (e.getValue() == null) {
                soft.assertThat(value.isMissingNode() || value.isNull())
                        .as(e.getKey() + " blank, got " + value + " at " + where)
                        .isTrue();
            } else {
                soft.assertThat(value.isNumber())
                        .as(e.getKey() + " = " + e.getValue() + ", got " + value + " at " + where)
                        .isTrue();
                if (value.isNumber())
                    soft.assertThat(value.decimalValue())
                            .as(e.getKey() + " at " + where)
                            .isEqualByComparingTo(e.getValue());
            }
        }
        cells.fieldNames()
                .forEachRemaining(key -> soft.assertThat(golden.cells().containsKey(key)
                                || cells.get(key).isNull())
                        .as(key + " = " + cells.get(key) + " is not in the golden file")
                        .isTrue());
        soft.assertThat(json.get("units").toString())
                .isEqualTo(ReportJsonTest.MAPPER.valueToTree(golden.units()).toString());

        List<String> errors = new ArrayList<>();
        json.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals("ERROR")) errors.add(f.get("rule").asText());
        });
        soft.assertThat(errors)
                .as("ERROR findings")
                .isEqualTo(goldenErrors(golden).stream()
                        .map(Golden.ExpectedFinding::rule)
                        .toList());
        soft.assertAll();
    }

    @ParameterizedTest(name = "check {0} ({1})")
    @MethodSource("samples")
    void check_exits_1_exactly_where_the_golden_file_has_an_error(String id, String format) {
        Golden golden = Golden.load(id);
        int errors = goldenErrors(golden).size();
        Cli cli = Cli.run("check", sample(id, format).toString());
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isEqualTo(List.of("000", "002", "003").contains(id) ? 1 : 0);
        assertThat(cli.out()).startsWith("== " + sample(id, format) + "  (");
        String[] lines = cli.out().split("\\R");
        assertThat(lines[lines.length - 1]).startsWith("1 report checked, " + (errors > 0 ? 1 : 0) + " with errors; "
                + errors + (errors == 1 ? " error, " : " errors, "));
        for (Golden.ExpectedFinding f : goldenErrors(golden)) {
            assertThat(cli.out()).contains("  ERROR " + f.rule() + "\n");
            for (String key : f.keys()) assertThat(cli.out()).contains("    " + key);
        }
    }

    @Test
    void check_json_carries_the_golden_errors() throws Exception {
        Golden golden = Golden.load("003");
        Cli cli = Cli.run("check", "--format", "json", sample("003", "pdf").toString());
        assertThat(cli.exitCode()).isEqualTo(1);
        JsonNode json = ReportJsonTest.parse(cli.out());
        assertThat(json.get("source").asText()).isEqualTo(sample("003", "pdf").toString());
        List<List<String>> errors = new ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            if (!f.get("severity").asText().equals("ERROR")) continue;
            List<String> keys = new ArrayList<>();
            f.get("keys").forEach(k -> keys.add(k.asText()));
            errors.add(keys);
        }
        assertThat(errors).isEqualTo(goldenErrors(golden).stream().map(Golden.ExpectedFinding::keys).toList());
    }

    @Test
    void check_on_the_samples_folder_checks_all_fifteen() throws Exception {
        Cli cli = Cli.run("check", SAMPLES.toString());
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isEqualTo(1);
        int errors = Golden.all().stream().mapToInt(g -> goldenErrors(g).size()).sum() * 3;
        String[] lines = cli.out().split("\\R");
        assertThat(lines[lines.length - 1]).startsWith("15 reports checked, 9 with errors; " + errors + " errors, ");
        List<String> headings = Stream.of(lines)
                .filter(l -> l.startsWith("== ") && !l.equals("== across reports"))
                .toList();
        assertThat(headings).hasSize(15);
        assertThat(headings.get(0)).startsWith("== " + SAMPLES.resolve("000.html") + "  (HTML, V2019, 2020, 重庆市信访办公室)");

        Cli json = Cli.run("check", "--format", "json", SAMPLES.toString());
        assertThat(json.exitCode()).isEqualTo(1);
        String[] objects = json.out().split("\\R");
        assertThat(objects).hasSize(15);
        for (String object : objects) assertThat(ReportJsonTest.parse(object).get("findings").isArray()).isTrue();
    }

    @Test
    void extract_of_several_files_prints_json_lines() throws Exception {
        Cli cli = Cli.run("extract", sample("001", "text").toString(), sample("004", "html").toString());
        assertThat(cli.exitCode()).isZero();
        String[] lines = cli.out().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(ReportJsonTest.parse(lines[0]).get("agency").asText()).isEqualTo("绵阳市机关事务管理局");
        assertThat(ReportJsonTest.parse(lines[1]).get("agency").asText()).isEqualTo("固原市信访局");
    }
}
