package org.xxgk.model;

import java.util.Objects;
import org.xxgk.extract.Provenance;

/**
 * Something extraction or interpretation could not do with confidence: a table not found, a row
 * not matched, a value that would not parse or that has no header. Nothing is dropped silently.
 *
 * @param code       stable code, e.g. {@code TABLE_NOT_FOUND}, {@code ROW_NOT_MATCHED}, {@code VALUE_UNPARSABLE}, {@code VALUE_WITHOUT_HEADER}
 * @param message    for people
 * @param provenance where it happened, or {@link Provenance#NONE}
 */
public record Warning(String code, String message, Provenance provenance) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(provenance, "provenance");
    }
}
