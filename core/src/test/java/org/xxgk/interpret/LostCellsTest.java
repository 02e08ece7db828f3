package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/**
 * A row of a {@code |} table that prints fewer cells than its table (real 017, OCR Markdown): the table pads it with
 * blank cells at its end. Where its last value is the sum of those before it, that is its total and a cell went missing
 * before it, which one unknown: not read (the padding would file the total under 其他 and leave 总计 blank). Where it
 * is not, the row's last columns are blank, as the padding says.
 */
class LostCellsTest {

    private static final String SECURITY_ROW = "| 3. 危及“三安全一稳定” | 2 | 0 | 0 | 0 | 0 | 0 | 2 |";
    private static final String SECURITY = "applications.refused.security.";
    private static final List<String> COLUMNS =
            List.of("naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total");

    private static AnnualReport read(String row) throws IOException {
        String text = ResourceText.of("/real/017.txt");
        assertThat(text).contains(SECURITY_ROW);
        return ResourceText.read(text.replace(SECURITY_ROW, row), "017.txt");
    }

    private static void restAsGolden(AnnualReport r) {
        GoldenAssert.assertCellsExcept(r, Golden.load("/real/017.json", "017"), SECURITY);
    }

    @Test
    void aCellLostBeforeThePrintedTotalLeavesTheRowUnread() throws IOException {
        AnnualReport r = read("| 3. 危及“三安全一稳定” | 2 | 0 | 0 | 0 | 0 | 2 |");
        for (String c : COLUMNS) assertThat(r.value(SECURITY + c)).as(c).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("危及").contains("its 6 value cells cannot fill the form's 7 columns"));
        restAsGolden(r);
    }

    @Test
    void withoutATotalPrintedTheLastColumnsAreBlank() throws IOException {
        // 2 0 0 0 1 1: the last is not the sum of the others, so no total is printed: 总计 blank (the checker says so)
        AnnualReport r = read("| 3. 危及“三安全一稳定” | 2 | 0 | 0 | 0 | 1 | 1 |");
        List<String> printed = List.of("2", "0", "0", "0", "1", "1");
        for (int c = 0; c < printed.size(); c++) {
            BigDecimal want = new BigDecimal(printed.get(c));
            assertThat(r.value(SECURITY + COLUMNS.get(c))).as(COLUMNS.get(c))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(want));
        }
        assertThat(r.value(SECURITY + "total")).isEmpty();
        restAsGolden(r);
    }

    @Test
    void aRowWithoutASumKeepsItsPadding() throws IOException {
        // section 二 sums nothing: 6 6 is 本年制发 and 本年废止, 现行有效 blank
        String text = ResourceText.of("/real/017.txt");
        String row = "| 行政规范性文件 | 6 | 1 | 32 |";
        assertThat(text).contains(row);
        AnnualReport r = ResourceText.read(text.replace(row, "| 行政规范性文件 | 6 | 6 |"), "017.txt");
        for (String column : List.of("issued", "repealed")) {
            assertThat(r.value("active.normativeDocs." + column)).as(column)
                    .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(6));
        }
        assertThat(r.value("active.normativeDocs.inForce")).isEmpty();
    }

    @Test
    void aRowOfZerosIsReadAsPrinted() throws IOException {
        // 0 is the sum of zeros, and whichever zero was lost, each value read is 0
        AnnualReport r = read("| 3. 危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 |");
        for (String c : COLUMNS.subList(0, 6)) {
            assertThat(r.value(SECURITY + c)).as(c).hasValueSatisfying(v -> assertThat(v).isZero());
        }
        restAsGolden(r);
    }
}
