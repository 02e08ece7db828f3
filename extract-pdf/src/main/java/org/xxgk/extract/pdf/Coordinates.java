package org.xxgk.extract.pdf;

import technology.tabula.Utils;

/**
 * Tabula's rounding of a coordinate to two decimals, {@link Utils#round(double, int)}, without its
 * cost. Tabula rounds through {@code new BigDecimal(Double.toString(d))} (half up, then to
 * {@code float}); printing each double to a string took a tenth of the whole extraction when
 * every glyph's four coordinates went through it. The decimal string is within half an ulp of
 * the double, so outside a hair's breadth of a tie ({@code …5} in the third decimal) the double
 * itself decides the rounding; the result is then the nearest float to an integer number of
 * hundredths, which is what {@code BigDecimal.floatValue()} returns. Near a tie, and for values
 * too large or not finite, Tabula's own method decides.
 */
final class Coordinates {

    /** Beyond this many hundredths, leave it to Tabula (a double's error is no longer far below a hundredth's tie). */
    private static final double LIMIT = 1e9;
    /** How close to a tie (in hundredths) the decimal string, not the double, must decide. */
    private static final double TIE = 1e-6;

    private Coordinates() {}

    /** Exactly {@code Utils.round(d, 2)}. */
    static float round2(double d) {
        double hundredths = Math.abs(d) * 100;
        if (!(hundredths < LIMIT)) return Utils.round(d, 2);
        double floor = Math.floor(hundredths);
        double fraction = hundredths - floor;
        if (Math.abs(fraction - 0.5) < TIE) return Utils.round(d, 2);
        long r = (long) floor + (fraction > 0.5 ? 1 : 0);
        if (r >= 1L << 22) return Utils.round(d, 2); // BigDecimal.floatValue divides in float only below 2^22
        return (d < 0 ? -r : r) / 100f;
    }
}
