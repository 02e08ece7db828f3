package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;

/**
 * {@code pdftotext -layout} of a portal page printed by wkhtmltopdf ({@code derived/portal-pages/9000003-wk-layout
 * .txt}), whose numbers too long for their narrow cells stand centred on the row's line, the head above, the tail
 * below ({@code １３ ３１} / {@code 一、本年新收… １０５ ０ ０ ７９ ０} / {@code ０ ４}). {@code PrintedPortalPagesTest}
 * judges the whole page; these vary it.
 */
class ValuesAboveAndBelowTest {

    private static final String COPY = "/derived/portal-pages/9000003-wk-layout.txt";
    private static final String NEWLY = "applications.newlyReceived.";
    // the tails' line below 一、本年新收…: 0 under 13, 4 under 31
    private static final String TAILS = "\n                                    ０                              ４\n";

    @Test
    void eachHeadJoinsTheTailBelowIt() throws IOException {
        AnnualReport report = read(text());
        assertThat(report.value(NEWLY + "naturalPerson")).contains(new BigDecimal(130));
        assertThat(report.value(NEWLY + "commercial")).contains(new BigDecimal(105));
        assertThat(report.value(NEWLY + "total")).contains(new BigDecimal(314));
    }

    @Test
    void notWhereTheJoinedRowBreaksItsSum() throws IOException {
        // 315 for 314: the heads and tails joined, the row would not add up; they are not joined so
        AnnualReport report = read(text().replace(TAILS, TAILS.replace("４", "５")));
        assertThat(report.value(NEWLY + "total")).isNotEqualTo(Optional.of(new BigDecimal(315)));
        assertThat(report.value(NEWLY + "naturalPerson")).isNotEqualTo(Optional.of(new BigDecimal(130)));
    }

    @Test
    void notWhereAHeadStandsOffItsTail() throws IOException {
        // the 4 three characters right of 31: no longer its tail
        AnnualReport report = read(text().replace(TAILS, TAILS.replace("   ４", "   " + "   ４")));
        assertThat(report.value(NEWLY + "total")).isNotEqualTo(Optional.of(new BigDecimal(314)));
    }

    private static String text() throws IOException {
        try (InputStream in = ValuesAboveAndBelowTest.class.getResourceAsStream(COPY)) {
            if (in == null) throw new IllegalStateException("missing test resource " + COPY);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains(TAILS);
            return text;
        }
    }

    private static AnnualReport read(String text) {
        return Xxgk.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "9000003.txt");
    }
}
