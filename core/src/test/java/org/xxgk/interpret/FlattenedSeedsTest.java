package org.xxgk.interpret;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.Warning;
import org.xxgk.testing.Golden;
import org.xxgk.testing.RealLabel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each seed flattened to one line as a crawler would, its lines joined with one space and with
 * nothing at all: every golden cell comes back, but for the cells whose digits the flattening
 * runs together in more than one way that fits the form (seed 000's procurement row
 * {@code 1406万元}: 1 | 406 or 140 | 6), which stay absent with a warning naming them. Nothing is
 * ever filed under a wrong key.
 */
class FlattenedSeedsTest {

    static Stream<String> ids() {
        return Golden.IDS.stream();
    }

    static Stream<Arguments> flattenings() {
        return Golden.IDS.stream().flatMap(id -> Stream.of(Arguments.of(id, " "), Arguments.of(id, "")));
    }

    @ParameterizedTest(name = "{0} joined with \"{1}\"")
    @MethodSource("flattenings")
    void flattenedSeedReadsAsTheSeed(String id, String separator) {
        String line = String.join(separator, SeedText.load(id).lines.stream().map(String::strip).toList());
        String name = id + "-flat.txt";
        AnnualReport report = Xxgk.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), name);
        Golden golden = Golden.load(id);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.template().name()).as(name + " template").isEqualTo(golden.template());
        List<Warning> ambiguous = report.warnings().stream()
                .filter(w -> w.code().code().equals("VALUE_AMBIGUOUS"))
                .toList();
        for (RealLabel.Mismatch m : RealLabel.of(golden).compareAll(report).mismatches()) {
            String column = m.key().substring(m.key().lastIndexOf('.') + 1);
            boolean doubted = !m.misfiled() && ambiguous.stream().anyMatch(w -> w.message().contains("not placed:")
                    && w.message().substring(w.message().indexOf("not placed:")).contains(column));
            if (!doubted) soft.fail(name + " " + m);
        }
        soft.assertAll();
        if (id.equals("000") && separator.isEmpty()) {
            assertThat(report.cells().get("active.procurement.amount")).as("1406万元 splits two ways").isNull();
        }
    }

    @ParameterizedTest(name = "{0} joined with nothing, full-width digits")
    @MethodSource("ids")
    void fullWidthDigitsRunTogetherReadAsTheirAsciiCopy(String id) {
        // a crawler keeps the page's digits as they are: ４９２ runs on to its label and the next value like 492
        String line = String.join("", SeedText.load(id).lines.stream().map(String::strip).toList());
        StringBuilder wide = new StringBuilder(line.length());
        for (char c : line.toCharArray()) wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        AnnualReport ascii = Xxgk.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), id + ".txt");
        AnnualReport full = Xxgk.read(
                new ByteArrayInputStream(wide.toString().getBytes(StandardCharsets.UTF_8)), id + "-wide.txt");
        assertThat(ascii.cells().values().stream().filter(c -> c.value().isPresent())).hasSizeGreaterThan(20);
        assertThat(values(full)).isEqualTo(values(ascii));
    }

    private static Map<String, Optional<BigDecimal>> values(AnnualReport r) {
        Map<String, Optional<BigDecimal>> out = new TreeMap<>();
        r.cells().forEach((k, c) -> out.put(k, c.value()));
        return out;
    }
}
