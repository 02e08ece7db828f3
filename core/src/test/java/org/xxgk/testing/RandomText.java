package org.xxgk.testing;

import java.util.Random;
import java.util.stream.Stream;

/** Random strings over a small alphabet, for the tests that hold a shortcut against the code it replaces. */
public final class RandomText {

    private RandomText() {}

    /** Up to {@code maxLength} characters of {@code alphabet}, each drawn alone (a surrogate pair may split). */
    public static String upTo(Random random, String alphabet, int maxLength) {
        return of(random, alphabet, random.nextInt(maxLength + 1));
    }

    /** {@code count} strings of {@link #upTo} drawn from one seed, in order: the inputs of a property test. */
    public static Stream<String> upTo(long seed, String alphabet, int maxLength, int count) {
        Random random = new Random(seed);
        return Stream.generate(() -> upTo(random, alphabet, maxLength)).limit(count);
    }

    /** Exactly {@code length} characters of {@code alphabet}. */
    public static String of(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
