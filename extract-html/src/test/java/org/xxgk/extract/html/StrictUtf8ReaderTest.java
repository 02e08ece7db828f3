package org.xxgk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page's reader: what the JDK decodes, read a char at a time or in blocks; a malformed byte throws. */
class StrictUtf8ReaderTest {

    @Test
    void readsWhatTheJdkDecodesInPiecesOfAnySize() throws IOException {
        Random random = new Random(19);
        String alphabet = "a<>公开政府😀𠀀€\n";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) text.appendCodePoint(alphabet.codePointAt(
                    alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            StrictUtf8Reader in = new StrictUtf8Reader(text.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(in.ended).isFalse();
            assertThat(read(in, random)).isEqualTo(text.toString());
            assertThat(in.ended).isTrue();
        }
    }

    /** Every char the reader gives, by single reads and block reads at random. */
    private static String read(StrictUtf8Reader in, Random random) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[9];
        while (true) {
            if (random.nextBoolean()) {
                int c = in.read();
                if (c < 0) break;
                out.append((char) c);
            } else {
                int n = in.read(buffer, 1, 1 + random.nextInt(8));
                if (n < 0) break;
                out.append(buffer, 1, n);
            }
        }
        return out.toString();
    }

    @Test
    void aByteThatIsNotUtf8Throws() {
        byte[] gbk = "公开".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> new StrictUtf8Reader(gbk).read(new char[8], 0, 8))
                .isInstanceOf(CharacterCodingException.class);
        byte[] cut = "a公".getBytes(StandardCharsets.UTF_8);
        StrictUtf8Reader in = new StrictUtf8Reader(java.util.Arrays.copyOf(cut, cut.length - 1));
        assertThatThrownBy(() -> {
            char[] buffer = new char[8];
            while (in.read(buffer, 0, 8) >= 0) { }
        }).isInstanceOf(CharacterCodingException.class);
        assertThat(in.ended).isFalse();
    }
}
