package org.xxgk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
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
}
