package org.xxgk.batch;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations on the command line ({@code 90s}, {@code 500ms}, {@code 2m}, {@code 90}) and in messages. */
public final class BatchDurations {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    private BatchDurations() {}

    /** {@code 850 ms}, {@code 12.3 s}. */
    static String text(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) return millis + " ms";
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** A number with an optional unit (seconds when none), or an ISO-8601 duration such as {@code PT90S}. */
    static Duration parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = AMOUNT.matcher(value);
        if (m.matches()) {
            double amount = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis = switch (unit) {
                case "ms" -> amount;
                case "m" -> amount * 60_000;
                case "h" -> amount * 3_600_000;
                default -> amount * 1000;
            };
            return Duration.ofMillis(Math.round(millis));
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (try 60s, 500ms or 2m)", e);
        }
    }

    /** {@link #parse} for picocli. */
    public static final class Converter implements ITypeConverter<Duration> {
        Converter() {}

        @Override
        public Duration convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
