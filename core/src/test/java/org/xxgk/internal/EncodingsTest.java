package org.xxgk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EncodingsTest {

    private static final String REPORT = "重庆市长寿区2018年政府信息公开年度工作报告——镕喆";

    @Test
    void gbkWithoutLabelIsReadAsGb18030() {
        Encodings.Decoded d = Encodings.decode(REPORT.getBytes(Encodings.GB18030), Optional.empty());
        assertThat(d.text()).isEqualTo(REPORT);
        assertThat(d.charset()).isEqualTo(Encodings.GB18030);
    }

    @Test
    void gb2312LabelIsWidenedSoGbkOnlyCharactersSurvive() {
        Encodings.Decoded d = Encodings.decode(REPORT.getBytes(Encodings.GB18030), Optional.of("gb2312"));
        assertThat(d.text()).isEqualTo(REPORT).contains("\u2014\u2014");
    }

    @Test
    void gbkBytesUnderAUtf8LabelAreStillReadAsGbk() {
        Encodings.Decoded d = Encodings.decode(REPORT.getBytes(Encodings.GB18030), Optional.of("utf-8"));
        assertThat(d.text()).isEqualTo(REPORT);
    }

    @Test
    void utf8BytesUnderAGbLabelAreReadAsUtf8() {
        Encodings.Decoded d = Encodings.decode(REPORT.getBytes(StandardCharsets.UTF_8), Optional.of("gb2312"));
        assertThat(d.text()).isEqualTo(REPORT);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void byteOrderMarkWinsAndIsDropped() {
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(Encodings.decode(withBom, Optional.of("gbk")).text()).isEqualTo(REPORT);
    }

    @Test
    void asciiUnderAGbLabelStaysAsDeclared() {
        Encodings.Decoded d = Encodings.decode("plain 2020".getBytes(StandardCharsets.US_ASCII), Optional.of("gbk"));
        assertThat(d.text()).isEqualTo("plain 2020");
        assertThat(d.charset()).isEqualTo(Encodings.GB18030);
    }

    @Test
    void utf8IsJudgedAsTheJdkDecoderJudgesIt() {
        Random random = new Random(15);
        // bytes near every boundary of the encoding: leads C0..F5, seconds 7F..C0, surrogates, cut sequences
        int[] pool = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
            0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        int valid = 0;
        for (int round = 0; round < 200_000; round++) {
            byte[] b = new byte[1 + random.nextInt(6)];
            for (int k = 0; k < b.length; k++) b[k] = (byte) pool[random.nextInt(pool.length)];
            boolean jdk = jdkAccepts(b);
            if (jdk) valid++;
            assertThat(Encodings.isUtf8(b, 0)).as("%s", java.util.HexFormat.of().formatHex(b)).isEqualTo(jdk);
        }
        assertThat(valid).isGreaterThan(1000);
        assertThat(Encodings.isUtf8(REPORT.getBytes(StandardCharsets.UTF_8), 0)).isTrue();
        assertThat(Encodings.isUtf8("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), 0)).isTrue();
        assertThat(Encodings.isUtf8(REPORT.getBytes(Encodings.GB18030), 0)).isFalse();
    }

    private static boolean jdkAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
