package org.xxgk.output;

import java.math.BigDecimal;

/** Numbers as output text: the decimal as printed, never in exponent form. */
public final class Decimals {

    private Decimals() {}

    /**
     * The value with a scale of at least 0, so that it prints as plain digits: {@code 1E+3} becomes
     * {@code 1000}; {@code 14241119.2} and {@code 4} are kept as they are.
     */
    public static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** {@link #plain(BigDecimal)} as text. */
    public static String text(BigDecimal value) {
        return plain(value).toPlainString();
    }
}
