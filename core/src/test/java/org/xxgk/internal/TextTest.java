package org.xxgk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.RandomText;

class TextTest {

    @Test
    void normalizeFoldsFullWidthFormsAndRadicalSupplementCharacters() {
        assertThat(Text.normalize("（一）１２５１")).isEqualTo("(一)1251");
        assertThat(Text.normalize("\u2EDB险")).isEqualTo("风险");
        assertThat(Text.normalize("\u2F00")).isEqualTo("一"); // Kangxi radicals are NFKC's own
        assertThat(Text.normalize("信\u200B息")).isEqualTo("信息");
    }

    @Test
    void theTableNfkcAgreesWithTheNormaliser() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) continue;
            String one = String.valueOf(c);
            String table = Text.commonNfkc(one);
            if (table == null) continue;
            assertThat(table).as("U+%04X", (int) c).isEqualTo(Normalizer.normalize(one, Normalizer.Form.NFKC));
            all.append(c);
        }
        // and nothing composes: the string of them all normalises as its characters one by one
        String text = all.toString();
        assertThat(Text.commonNfkc(text)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
        assertThat(Text.commonNfkc("（一）１２５１，信息")).isEqualTo("(一)1251,信息");
        assertThat(Text.commonNfkc("é")).isNull();
    }

    @Test
    void compactDropsEveryKindOfSpace() {
        assertThat(Text.compact("结 果 维 持")).isEqualTo("结果维持");
        assertThat(Text.compact("0\u2002")).isEqualTo("0");
        assertThat(Text.compact("\u00A02\u00A0")).isEqualTo("2");
        assertThat(Text.compact("总\u3000计")).isEqualTo("总计");
    }

    @Test
    void stripTrimsNonBreakingSpaces() {
        assertThat(Text.strip("\u00A0 406万元\u2002")).isEqualTo("406万元");
    }

    @Test
    void spaceIsEveryCharacterTheJdkCallsWhiteSpaceOrASpaceAndNoOther() {
        for (char c = 0; c < 0xFFFF; c++) {
            boolean jdk = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\u2007'
                    || c == '\u202F';
            assertThat(Text.isSpace(c)).as("U+%04X", (int) c).isEqualTo(jdk);
        }
    }

    @Test
    void compactInOnePassEqualsNormalisingThenDroppingSpaces() {
        java.util.Random random = new java.util.Random(15);
        String alphabet = "a1 \t\u3000\u00A0\u2002（）：，。、申请\u2EDB\u200B\uFF10\uFF5E\uFF5F\u2007—“ﬁ\u0301";
        for (int round = 0; round < 100_000; round++) {
            String s = RandomText.upTo(random, alphabet, 11);
            assertThat(Text.compact(s)).as(s).isEqualTo(Text.compactNormalized(Text.normalize(s)));
        }
    }
}
