package org.xxgk.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.xxgk.source.Provenance;

/**
 * A figure stated in the report's prose, which the checker compares with the tables.
 *
 * @param name       what the figure counts; one of the names of {@link NarrativeFigure} constants' documentation,
 *                   e.g. {@code applicationsReceived}, {@code activeDisclosureItems}, {@code reconsiderationCases}
 * @param value      the number
 * @param unit       the measure word or unit as printed (件, 条, 万元 ...)
 * @param quote      the sentence it was read from
 * @param provenance where the sentence is
 */
public record NarrativeFigure(
        String name, BigDecimal value, Optional<String> unit, String quote, Provenance provenance) {
    public NarrativeFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(provenance, "provenance");
    }
}
