package org.xxgk.testing;

import java.util.Random;

/** Random strings over a small alphabet, for the tests that hold a shortcut against the code it replaces. */
public final class RandomText {

    private RandomText() {}

    /** Up to {@code maxLength} characters of {@code alphabet}, each drawn alone (a surrogate pair may split). */
    public static String upTo(Random random, String alphabet, int maxLength) {
        return of(random, alphabet, random.nextInt(maxLength + 1));
    }

    /** Exactly {@code length} characters of {@code alphabet}. */
    public static String of(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
