package org.xxgk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void normalizeFoldsFullWidthFormsAndRadicalSupplementCharacters() {
        assertThat(Text.normalize("（一）１２５１")).isEqualTo("(一)1251");
        assertThat(Text.normalize("\u2EDB险")).isEqualTo("风险");
        assertThat(Text.normalize("\u2F00")).isEqualTo("一"); // Kangxi radicals are NFKC's own
        assertThat(Text.normalize("信\u200B息")).isEqualTo("信息");
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
}
