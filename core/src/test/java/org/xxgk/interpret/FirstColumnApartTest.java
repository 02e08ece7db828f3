package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * Plain pdftotext of a portal page ({@code derived/portal-pages/18000014-plain.txt}) whose section 三 prints its first
 * column (自然人) beside the labels, a value a row, and the other six columns after its last label as one block, a
 * row's worth after another. {@code PrintedPortalPagesTest} judges the whole page against its generator's truth.
 */
class FirstColumnApartTest {

    private static final String COPY = "/derived/portal-pages/18000014-plain.txt";

    @Test
    void theColumnsAreJoinedRowByRow() throws IOException {
        AnnualReport report = read(text());
        // 12 beside the labels, 202 0 0 2 0 216 the block's first row's worth
        assertThat(value(report, "applications.newlyReceived.naturalPerson")).isEqualTo(12);
        assertThat(value(report, "applications.newlyReceived.commercial")).isEqualTo(202);
        assertThat(value(report, "applications.newlyReceived.total")).isEqualTo(216);
        assertThat(value(report, "applications.carriedForward.total")).isEqualTo(99);
    }

    @Test
    void aValueMoreThanTheSectionsCellsLeavesItUnread() throws IOException {
        // one value after the block: which one is not the section's is unknown
        AnnualReport report = read(text().replace("99\n\n\f行政复议", "99\n\n5\n\n\f行政复议"));
        assertThat(report.value("applications.newlyReceived.commercial")).isEmpty();
        assertThat(report.value("applications.carriedForward.total")).isEmpty();
    }

    private static int value(AnnualReport report, String key) {
        return report.value(key).map(BigDecimal::intValueExact).orElse(-1);
    }

    private static AnnualReport read(String text) {
        return ResourceText.read(text, "18000014.txt");
    }

    private static String text() throws IOException {
        return ResourceText.of(COPY);
    }
}
