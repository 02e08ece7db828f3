package org.xxgk.interpret;

import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.Warning;
import org.xxgk.testing.Golden;
import org.xxgk.testing.RealLabel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file holding two reports of one form (a concatenated export): the first is read whole, none of the second leaks in.
 */
class SeveralReportsTest {

    @Test
    void theFirstOfTwoConcatenatedReportsIsReadAndTheUserTold() {
        String both =
                String.join("\n", SeedText.load("000").lines) + "\n" + String.join("\n", SeedText.load("003").lines);
        AnnualReport r = SeedText.read(both);
        assertThat(RealLabel.of(Golden.load("000")).compareAll(r).mismatches()).isEmpty();
        assertThat(r.warnings()).extracting(w -> w.code().code()).contains("SEVERAL_REPORTS");
    }

    @Test
    void aLegacyReportPrintedTwiceIsReadOnceAndTheUserTold() {
        String twice =
                String.join("\n", SeedText.load("002").lines) + "\n" + String.join("\n", SeedText.load("002").lines);
        AnnualReport r = SeedText.read(twice);
        assertThat(RealLabel.of(Golden.load("002")).compareAll(r).mismatches()).isEmpty();
        assertThat(r.warnings()).extracting(w -> w.code().code()).contains("SEVERAL_REPORTS");
    }

    @Test
    void oneReportGetsNoSuchWarning() {
        for (String id : Golden.IDS) {
            assertThat(SeedText.load(id).read().warnings())
                    .extracting(w -> w.code().code())
                    .as(id)
                    .doesNotContain("SEVERAL_REPORTS");
        }
    }
}
