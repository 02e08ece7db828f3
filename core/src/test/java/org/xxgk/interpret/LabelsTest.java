package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xxgk.source.Provenance;
import org.xxgk.testing.RandomText;

class LabelsTest {

    // the four numberings as patterns: what Labels reads by hand must read the same
    private static final Pattern CHINESE = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.,:]");
    private static final Pattern PAREN_CHINESE = Pattern.compile("^\\(([一二三四五六七八九十]{1,3})\\)[、.,:]?");
    private static final Pattern ARABIC = Pattern.compile("^([0-9]{1,2})(?:[.、,:](?![0-9])|\\))");
    private static final Pattern PAREN_ARABIC = Pattern.compile("^\\(([0-9]{1,2})\\)[、.]?");

    @Test
    void numberingsReadByHandAsThePatternsReadThem() {
        RandomText.upTo(15, "一二三十四九0159()、.,:其中予以公开 ", 8, 100_000).forEach(label ->
                assertThat(Labels.numbering(label)).as(label).isEqualTo(byPatterns(Labels.norm(label))));
    }

    @Test
    void numberingsAndTheTextAfterThem() {
        assertThat(Labels.numbering("(十一)、其他")).contains(new Labels.Numbering(Labels.Marker.PAREN_CHINESE, 11));
        assertThat(Labels.numbering("其中:12.行政许可")).contains(new Labels.Numbering(Labels.Marker.ARABIC, 12));
        assertThat(Labels.numbering("1.5万元")).isEmpty();
        assertThat(Labels.numbering("123.其他")).isEmpty();
        assertThat(Labels.numbering("三、(一)予以公开")).contains(new Labels.Numbering(Labels.Marker.CHINESE, 3));
        assertThat(Labels.text("三、(一)予以公开")).isEqualTo("予以公开");
        assertThat(Labels.text("(3)、维持")).isEqualTo("维持");
    }

    @Test
    void aTokensLabelTextIsTheLabelsTextOfWhatItPrints() {
        // worked out from the token's norm, not looked up: the same text, numberings and 其中 stripped, short or long
        for (String raw : List.of("三、(一)予以公开", "(3)、维持", "其中:", "三、", " (一) 其中：1．自然人 ", "其中其中其中其中",
                "一、二、三、四、五", "申请".repeat(100) + "一、", "一、" + "申请".repeat(100), "")) {
            RowStream.Token token =
                    new RowStream.Token(raw, Values.parse(raw), Provenance.NONE, false, Optional.empty(), -1);
            assertThat(token.labelText()).as(raw).isEqualTo(Labels.text(raw));
        }
        assertThat(new RowStream.Token(" (一) 其中：1．自然人 ", Values.parse("x"), Provenance.NONE, false,
                Optional.empty(), -1).labelText()).isEqualTo("自然人");
        // a label that is nothing but its numbering keeps it
        assertThat(Labels.text("其中:")).isEqualTo(Labels.norm("其中:")).isNotEmpty();
        assertThat(Labels.text("三、")).isEqualTo(Labels.norm("三、")).isNotEmpty();
    }

    @Test
    void aLabelTakenAsItsOwnNormIsOne() {
        // every character the shortcut lets through normalises to itself
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            if (Labels.isNormal(s)) assertThat(Labels.normalise(s)).as("U+%04X", (int) c).isEqualTo(s);
        }
        assertThat(Labels.isNormal("本年新收政府信息公开申请数量")).isTrue();
        assertThat(Labels.isNormal("Ab09")).isTrue();
        for (String s : List.of("(一)自然人", "其中:", "自然人 ", "法人_", "[1]", "a^b", "x`", "@", "ａ", "〇")) {
            assertThat(Labels.isNormal(s)).as(s).isFalse();
        }
        RandomText.upTo(3, "申请公开其中数量aZ09", 12, 10_000).forEach(s -> {
            assertThat(Labels.isNormal(s)).isTrue();
            assertThat(Labels.normalise(s)).isEqualTo(s);
            assertThat(Labels.norm(s)).isEqualTo(s);
        });
    }

    private static Optional<Labels.Numbering> byPatterns(String c) {
        if (c.startsWith("其中:")) c = c.substring(3);
        else if (c.startsWith("其中")) c = c.substring(2);
        Matcher m = CHINESE.matcher(c);
        if (m.lookingAt()) return Labels.chinese(m.group(1)).map(n -> new Labels.Numbering(Labels.Marker.CHINESE, n));
        m = PAREN_CHINESE.matcher(c);
        if (m.lookingAt()) {
            return Labels.chinese(m.group(1)).map(n -> new Labels.Numbering(Labels.Marker.PAREN_CHINESE, n));
        }
        m = PAREN_ARABIC.matcher(c);
        if (m.lookingAt()) {
            return Optional.of(new Labels.Numbering(Labels.Marker.PAREN_ARABIC, Integer.parseInt(m.group(1))));
        }
        m = ARABIC.matcher(c);
        if (m.lookingAt()) return Optional.of(new Labels.Numbering(Labels.Marker.ARABIC, Integer.parseInt(m.group(1))));
        return Optional.empty();
    }

    @Test
    void aLabelsNumberingIsTheNumberingOfItsNormalFormWhateverItStartsWith() {
        // first characters of every kind before numberings and text: ideographs plain and numeral, 其, spaces, noise,
        // full-width and circled digits, brackets, the Kangxi radical ⼀ and a compatibility ideograph (NFKC makes
        // them 一 and 北), a combining mark
        java.util.Random random = new java.util.Random(32);
        String alphabet = "一二十三其中公开申请北 \u3000\u00A0\"“•*(（)）【〔﹙1２①㈠⼀\uF963、.．:\u0301";
        int numbered = 0;
        for (int i = 0; i < 100_000; i++) {
            String label = RandomText.of(random, alphabet, 1 + random.nextInt(6));
            Optional<Labels.Numbering> numbering = Labels.numbering(label);
            assertThat(numbering).as("%s", label).isEqualTo(Labels.numberingOfNorm(Labels.norm(label)));
            if (numbering.isPresent()) numbered++;
        }
        assertThat(numbered).isGreaterThan(5_000);
    }
}
