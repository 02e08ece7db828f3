package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.WarningCode;

/**
 * pdftotext -layout of a page whose numbers are wider than their narrow cells: 7,101 and 7,104 of （一）予以公开 broken
 * over three lines ({@code （一） ７,１} / {@code 予以公 ０１ ３ ０ ０ ０ ０ ７０４} / {@code ,１}). The row's line prints a
 * figure with a leading 0 and does not add up: its figures are pieces, and the row is not placed.
 */
class BrokenNumbersTest {

    private static final String PAGE = "/derived/portal-pages/9500012-layout.txt";

    @Test
    void aRowOfPiecesIsNotPlaced() throws IOException {
        AnnualReport report = ResourceText.read(ResourceText.of(PAGE), "broken.txt");
        assertThat(report.value("applications.granted.naturalPerson")).isEmpty();
        assertThat(report.value("applications.granted.total")).isEmpty();
        assertThat(report.warnings()).anyMatch(w -> w.code() == WarningCode.ROW_INCOMPLETE
                && w.message().contains("leading 0"));
    }

    @Test
    void aRowThatAddsUpKeepsItsLeadingZero() throws IOException {
        // the same line with a total its figures make: ０１ is 1
        String page = ResourceText.of(PAGE).replace("０１ ３    ０   ０   ０   ０ ７０４", "０１ ３    ０   ０   ０   ０ ４");
        AnnualReport report = ResourceText.read(page, "adds-up.txt");
        assertThat(report.value("applications.granted.naturalPerson")).hasValueSatisfying(
                v -> assertThat(v.intValue()).isEqualTo(1));
        assertThat(report.value("applications.granted.total")).hasValueSatisfying(
                v -> assertThat(v.intValue()).isEqualTo(4));
    }

    @Test
    void aRowThatDoesNotAddUpWithoutALeadingZeroIsPlacedAsPrinted() throws IOException {
        // a report's own arithmetic slip is the checker's to say, not the reader's to hide
        String page = ResourceText.of(PAGE).replace("０１ ３    ０   ０   ０   ０ ７０４", "１ ３    ０   ０   ０   ０ ７０４");
        AnnualReport report = ResourceText.read(page, "slip.txt");
        assertThat(report.value("applications.granted.total")).hasValueSatisfying(
                v -> assertThat(v.intValue()).isEqualTo(704));
    }
}
