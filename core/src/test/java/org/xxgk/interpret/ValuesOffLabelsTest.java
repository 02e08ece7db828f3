package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A part of section 三 above its whole ((六) above (七)) is left unplaced only where the copy's values may stand off
 * their labels (a text copy with a row its values cannot fill) and the other order explains the sums better
 * (the generated prints' plain pdftotext copies, {@code PrintedPortalPagesTest}); a report's own error stays, with the
 * checker to say it.
 */
class ValuesOffLabelsTest {

    private static Optional<Integer> value(AnnualReport r, String key) {
        return r.value(key).map(BigDecimal::intValueExact);
    }

    @Test
    void aReportsOwnPartAboveItsWholeStaysInACleanCopy() {
        // (六) 5 … 5 above (七) 0 … 4: read the other way, (七) would take (六)'s values and every part would fit
        AnnualReport r = SeedText.load("000").values("(六)其他处理", "5", "0", "0", "0", "0", "0", "5").read();
        assertThat(value(r, "applications.other.naturalPerson")).contains(5);
        assertThat(value(r, "applications.resultTotal.total")).contains(4);
    }

    @Test
    void aReportsOwnPartAboveItsWholeStaysInAGridThoughARowIsUnread() {
        SeedText t = SeedText.load("004");
        int other = t.indexStartingWith("\t(六) 其他处理");
        t.lines.set(other, "\t(六) 其他处理\t\t5\t0\t0\t0\t0\t0\t5");
        // a row whose values are more than the form's columns and break its sum: which are its own is unknown
        int repeated = t.indexStartingWith("\t\t2.重复申请");
        t.lines.set(repeated, "\t\t2.重复申请\t1\t0\t0\t0\t0\t0\t0\t5\t5");
        AnnualReport r = t.read();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("重复申请"));
        assertThat(value(r, "applications.other.naturalPerson")).contains(5);
        assertThat(value(r, "applications.resultTotal.total")).contains(0);
    }
}
