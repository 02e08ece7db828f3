package org.xxgk.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.xxgk.source.Provenance;

/**
 * One canonical cell of a report.
 *
 * @param key        the canonical key of {@code spec/cells.md}
 * @param value      the number as printed ({@code 增4747} is 4747, {@code 减3} is -3); empty for a blank, {@code —},
 * {@code /} or {@code 无}
 * @param unit       the unit the cell or its header states ({@code 万元}), if any
 * @param raw        the cell's text as printed, so that a blank, a {@code 0} and a {@code /} stay distinguishable
 * @param provenance where the cell was read
 */
public record CellValue(
        String key, Optional<BigDecimal> value, Optional<String> unit, String raw, Provenance provenance) {

    public CellValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(provenance, "provenance");
    }

    public boolean isPresent() {
        return value.isPresent();
    }
}
