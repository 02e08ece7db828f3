package org.xxgk.source;

import java.util.Objects;

/**
 * Something extraction or interpretation could not do with confidence: a table not found, a row
 * not matched, a value that would not parse or that has no header. Nothing is dropped silently.
 *
 * @param code       what it is about; {@link WarningCode#code()} is the stable code
 * @param message    for people
 * @param provenance where it happened, or {@link Provenance#NONE}
 */
public record Warning(WarningCode code, String message, Provenance provenance) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(provenance, "provenance");
    }
}
