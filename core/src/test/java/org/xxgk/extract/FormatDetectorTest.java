package org.xxgk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xxgk.internal.Encodings;

class FormatDetectorTest {

    private static DocumentFormat detect(String content, String name) {
        return FormatDetector.detect(content.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void pdfByItsHeaderWhateverTheName() {
        assertThat(detect("%PDF-1.7\n...", "report.txt")).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void htmlByItsMarkup() {
        assertThat(detect("<!DOCTYPE html><html><body>报告</body></html>", "x")).isEqualTo(DocumentFormat.HTML);
        assertThat(detect("\uFEFF  <html>", "x")).isEqualTo(DocumentFormat.HTML);
        assertThat(detect("<table><tr><td>自然人</td></tr></table>", "x")).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void chineseTextInUtf8OrGbkIsText() {
        assertThat(detect("重庆市信访办公室2020年政府信息公开工作年度报告\n一、总体情况", "a.txt")).isEqualTo(DocumentFormat.TEXT);
        byte[] gbk = "重庆市长寿区2018年政府信息公开年度工作报告".getBytes(Encodings.GB18030);
        assertThat(FormatDetector.detect(gbk, "a.txt")).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void binaryAndImagesAreUnknown() {
        assertThat(FormatDetector.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}, "scan.pdf"))
                .isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(FormatDetector.detect(new byte[] {'P', 'K', 3, 4, 0, 0}, "report.docx")).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(FormatDetector.detect(new byte[] {1, 2, 0, 7, 9}, "x.txt")).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(FormatDetector.detect(new byte[0], "x.txt")).isEqualTo(DocumentFormat.UNKNOWN);
    }

    @Test
    void aFileNamedPdfWithoutAPdfHeaderIsNotText() {
        assertThat(detect("just words", "report.pdf")).isEqualTo(DocumentFormat.UNKNOWN);
    }
}
