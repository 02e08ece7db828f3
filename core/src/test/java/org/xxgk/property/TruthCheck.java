package org.xxgk.property;

import java.math.BigDecimal;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;

/** A report read back, judged against the truth its generator printed. */
final class TruthCheck {

    private TruthCheck() {}

    /**
     * The count of cells read equal to the truth; every other value read is misfiled (under a key the page did not
     * print, or not its value) and fails {@code soft}, named by {@code what} (and followed by {@code shown}, the
     * printed copy, where not empty).
     */
    static int cellsRight(
            AnnualReport report, Map<String, BigDecimal> truth, SoftAssertions soft, String what, String shown) {
        int right = 0;
        for (Map.Entry<String, CellValue> e : report.cells().entrySet()) {
            if (e.getValue().value().isEmpty()) continue;
            BigDecimal want = truth.get(e.getKey());
            BigDecimal got = e.getValue().value().get();
            if (want != null && want.compareTo(got) == 0) {
                right++;
            } else {
                soft.fail(what + ": " + e.getKey() + " = " + got + ", truth " + want
                        + (shown.isEmpty() ? "" : "\n" + shown));
            }
        }
        return right;
    }
}
