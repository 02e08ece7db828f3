package org.xxgk.testing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.SoftAssertions;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;

/**
 * Compares a report with its golden file, every key, with soft assertions whose failures print
 * the key, the expected and actual value and where the value was read. A missing key and a blank
 * cell count alike (spec/cells.md); a key the report has beyond the golden file is a failure too,
 * since it is a number filed where the report prints none.
 */
public final class GoldenAssert {

    private GoldenAssert() {}

    public static void assertMatches(AnnualReport report, Golden golden) {
        SoftAssertions soft = new SoftAssertions();
        String label = "[" + golden.id() + " from " + report.source() + "] ";
        soft.assertThat(report.template().name()).as(label + "template").isEqualTo(golden.template());
        soft.assertThat(report.year()).as(label + "year")
                .isEqualTo(golden.year() == null ? OptionalInt.empty() : OptionalInt.of(golden.year()));
        soft.assertThat(report.agency()).as(label + "agency").isEqualTo(Optional.ofNullable(golden.agency()));
        soft.assertThat(report.publishedDate().map(Object::toString)).as(label + "publishedDate")
                .isEqualTo(Optional.ofNullable(golden.publishedDate()));

        for (Map.Entry<String, BigDecimal> e : golden.cells().entrySet()) {
            String key = e.getKey();
            BigDecimal expected = e.getValue();
            CellValue cell = report.cells().get(key);
            Optional<BigDecimal> actual = cell == null ? Optional.empty() : cell.value();
            String where = cell == null
                    ? "not read"
                    : "read from \"" + cell.raw() + "\" at " + cell.provenance().describe();
            if (expected == null) {
                soft.assertThat(actual).as(label + key + " (expected blank; " + where + ")").isEmpty();
            } else {
                soft.assertThat(actual.map(BigDecimal::stripTrailingZeros))
                        .as(label + key + " (" + where + ")")
                        .isEqualTo(Optional.of(expected.stripTrailingZeros()));
            }
        }
        for (CellValue cell : report.cells().values()) {
            if (!golden.cells().containsKey(cell.key()) && cell.isPresent()) {
                soft.fail(label + cell.key() + " = " + cell.value().get() + " is not in the golden file (read from \""
                        + cell.raw() + "\" at " + cell.provenance().describe() + ")");
            }
        }
        Map<String, String> units = report.units();
        soft.assertThat(units).as(label + "units").isEqualTo(golden.units());
        if (!golden.legacyLabels().isEmpty()) {
            for (Map.Entry<String, String> e : golden.legacyLabels().entrySet()) {
                soft.assertThat(report.labels().get(e.getKey()))
                        .as(label + "label of " + e.getKey())
                        .isEqualTo(e.getValue());
            }
        }
        soft.assertAll();
    }

    /**
     * Every cell of the golden file but those whose key starts with {@code except}: the same value, or blank alike (a
     * changed copy of a report, checked apart where it was changed).
     */
    public static void assertCellsExcept(AnnualReport report, Golden golden, String except) {
        SoftAssertions soft = new SoftAssertions();
        golden.cells().forEach((key, value) -> {
            if (key.startsWith(except)) return;
            BigDecimal read = report.value(key).orElse(null);
            if (value == null) soft.assertThat(read).as(key).isNull();
            else soft.assertThat(read).as(key).isEqualByComparingTo(value);
        });
        soft.assertAll();
    }
}
