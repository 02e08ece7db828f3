package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.WarningCode;

/**
 * pdftotext -layout of a page whose numbers are wider than their narrow cells: 7,101 and 7,104 of （一）予以公开 broken
 * over three lines ({@code （一） ７,１} / {@code 予以公 ０１ ３ ０ ０ ０ ０ ７０４} / {@code ,１}). A row whose line prints a
 * figure with a leading 0 and does not add up, or under a number's head ({@code １２,}) or over its tail ({@code ,１}),
 * holds pieces, and is not placed.
 */
class BrokenNumbersTest {

    private static final String PAGE = "/derived/portal-pages/9500012-layout.txt";

    // the tail of 7,101 (,１) on the line below （一）予以公开's figures
    private static final String TAIL = "\n                            ,１\n";

    @Test
    void aRowOfPiecesIsNotPlaced() throws IOException {
        AnnualReport report = ResourceText.read(ResourceText.of(PAGE), "broken.txt");
        assertThat(report.value("applications.granted.naturalPerson")).isEmpty();
        assertThat(report.value("applications.granted.total")).isEmpty();
        assertThat(report.warnings()).anyMatch(w -> w.code() == WarningCode.ROW_INCOMPLETE
                && w.message().contains("broken over lines"));
        // the tail below gone, the leading 0 of a row that does not add up says it alone
        AnnualReport zero = ResourceText.read(ResourceText.of(PAGE).replace(TAIL, "\n"), "zero.txt");
        assertThat(zero.value("applications.granted.total")).isEmpty();
        assertThat(zero.warnings()).anyMatch(w -> w.message().contains("leading 0"));
    }

    @Test
    void aRowUnderTheHeadOfABrokenNumberIsNotPlaced() throws IOException {
        // （七） １２ , / １２, / 总计 ２４ ３ ４ ０ ０ ２７ ６３０ ９０４: 12,243 and 12,904 broken, their pieces adding up as
        // they stand; the heads (１２,) on the line above say so
        AnnualReport report = ResourceText.read(ResourceText.of(PAGE), "heads.txt");
        assertThat(report.value("applications.resultTotal.total")).isEmpty();
        assertThat(report.warnings()).anyMatch(w -> w.message().contains("thousands separators"));
        // without the heads the row is read as printed
        String page = ResourceText.of(PAGE).replace("（七） １２ ,", "（七）").replace("１２,\n", "\n");
        AnnualReport whole = ResourceText.read(page, "whole.txt");
        assertThat(whole.value("applications.resultTotal.total")).hasValueSatisfying(
                v -> assertThat(v.intValue()).isEqualTo(904));
        // a tail (,１２) above the row is the row above's, not this one's
        AnnualReport tail = ResourceText.read(page.replace("（七）", "（七） ,１２"), "tail.txt");
        assertThat(tail.value("applications.resultTotal.total")).hasValueSatisfying(
                v -> assertThat(v.intValue()).isEqualTo(904));
    }

    @Test
    void aRowThatAddsUpKeepsItsLeadingZero() throws IOException {
        // the same line with a total its figures make, the pieces around it gone: ０１ is 1
        String page = ResourceText.of(PAGE).replace("０１ ３    ０   ０   ０   ０ ７０４", "０１ ３    ０   ０   ０   ０ ４")
                .replace(TAIL, "\n");
        AnnualReport report = ResourceText.read(page, "adds-up.txt");
        assertThat(report.value("applications.granted.naturalPerson")).hasValueSatisfying(
                v -> assertThat(v.intValue()).isEqualTo(1));
        assertThat(report.value("applications.granted.total")).hasValueSatisfying(
                v -> assertThat(v.intValue()).isEqualTo(4));
    }

    @Test
    void aRowThatDoesNotAddUpWithoutALeadingZeroIsPlacedAsPrinted() throws IOException {
        // a report's own arithmetic slip is the checker's to say, not the reader's to hide
        String page = ResourceText.of(PAGE).replace("０１ ３    ０   ０   ０   ０ ７０４", "１ ３    ０   ０   ０   ０ ７０４")
                .replace(TAIL, "\n");
        AnnualReport report = ResourceText.read(page, "slip.txt");
        assertThat(report.value("applications.granted.total")).hasValueSatisfying(
                v -> assertThat(v.intValue()).isEqualTo(704));
    }
}
