package org.xxgk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.internal.Encodings;
import org.xxgk.source.DocumentFormat;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aKnownBinaryIsNamedAndAnOfficeFileGetsWhatToDo() {
        assertThat(FormatDetector.binaryKind(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .hasValueSatisfying(k -> assertThat(k).contains("ZIP").contains(".docx").contains("save it as PDF"));
        assertThat(FormatDetector.binaryKind(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}))
                .hasValueSatisfying(k -> assertThat(k).contains("OLE2").contains(".doc,").contains("save it as PDF"));
        assertThat(FormatDetector.binaryKind(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0})).hasValue("a PNG image");
        assertThat(FormatDetector.binaryKind(new byte[] {1, 2, 0, 7, 9})).isEmpty();
        assertThat(FormatDetector.binaryKind(new byte[] {'P', 'K'})).isEmpty();
        assertThat(FormatDetector.binaryKind("2021年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void binaryAndImagesAreUnknown() {
        assertThat(FormatDetector.detect(
                        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}, "scan.pdf"))
                .isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(FormatDetector.detect(new byte[] {'P', 'K', 3, 4, 0, 0}, "report.docx"))
                .isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(FormatDetector.detect(new byte[] {1, 2, 0, 7, 9}, "x.txt")).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(FormatDetector.detect(new byte[0], "x.txt")).isEqualTo(DocumentFormat.UNKNOWN);
    }

    @Test
    void aFileNamedPdfWithoutAPdfHeaderIsNotText() {
        assertThat(detect("just words", "report.pdf")).isEqualTo(DocumentFormat.UNKNOWN);
    }

    private static final String TABLE =
            "<table class=\"t\"><tr><td>自然人</td><td>12</td></tr><tr><td>总计</td><td>12</td></tr></table>";

    @Test
    void htmlFarBehindAPlainTextHeader() {
        String header = "抓取地址：http://www.example.gov.cn/xxgk/\n".repeat(1000);

        assertThat(header.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(20_000);
        assertThat(detect(header + "<html><head><title>报告</title></head><body>" + TABLE + "</body></html>", "page.txt"))
                .isEqualTo(DocumentFormat.HTML);
        byte[] gbk = (header + "<html><body>" + TABLE + "</body></html>").getBytes(Encodings.GB18030);
        assertThat(FormatDetector.detect(gbk, "page.txt")).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void htmlFarBehindAHeaderThatOpensWithAComment() {
        // a first character of markup, but no tag in the head: the page's tables further on decide
        String header = "<!-- 抓取于 2024-01-01 -->\n" + "抓取地址：http://www.example.gov.cn/xxgk/\n".repeat(1000);

        assertThat(detect(header + "<div>" + TABLE + "</div>", "page.txt")).isEqualTo(DocumentFormat.HTML);
        assertThat(detect(header + "没有表格。", "page.txt")).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void htmlEscapedInAJavaScriptOrJsonString() {
        String escaped = TABLE.replace("\"", "\\\"").replace("</", "<\\/");
        assertThat(detect("document.write(\"" + escaped + "\");", "report.js")).isEqualTo(DocumentFormat.HTML);
        assertThat(detect("var html = '" + TABLE + "';", "report.txt")).isEqualTo(DocumentFormat.HTML);
        assertThat(detect("{\"title\":\"报告\",\"content\":\"" + escaped + "\"}", "report.json"))
                .isEqualTo(DocumentFormat.HTML);
        // HTML-safe JSON encoders (Gson) write < and > as unicode escapes
        String unicode = TABLE.replace("<", "\\u003c").replace(">", "\\u003e").replace("\"", "\\\"");
        assertThat(detect("{\"content\":\"" + unicode + "\"}", "report.json")).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void utf16PageWithAByteOrderMark() {
        byte[] page = ("\uFEFF" + "<html><body>" + TABLE + "</body></html>").getBytes(StandardCharsets.UTF_16LE);

        assertThat(FormatDetector.detect(page, "page.htm")).isEqualTo(DocumentFormat.HTML);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(
            strings = {
                "000_5657be0d32f901c0",
                "001_7859ced941c8677a",
                "002_2d63126c8570951a",
                "003_f50a9f7ac473722a",
                "004_48a57cdf3499fdc3"
            })
    void plainTextReportsStayText(String seed) throws IOException {
        byte[] report;
        try (InputStream in = FormatDetectorTest.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
            assertThat(in).as(seed).isNotNull();
            report = in.readAllBytes();
        }
        assertThat(FormatDetector.detect(report, seed + ".txt")).isEqualTo(DocumentFormat.TEXT);

        // prose that mentions a tag or two, or compares with <, is still prose
        String text = new String(report, StandardCharsets.UTF_8);
        int firstLineEnd = text.indexOf('\n') + 1;
        String mentioning = text.substring(0, firstLineEnd)
                + "（注：网页版的表格用<table>标签排版，段落用<p>…</p>，换行用<br>；若a<b且b<c，则a<c。）\n"
                + text.substring(firstLineEnd);
        assertThat(detect(mentioning, seed + ".txt")).isEqualTo(DocumentFormat.TEXT);
    }

    /** The markup verdict as it was before the untagged-start shortcut: the whole head lowered, then trimmed. */
    private static DocumentFormat byLoweredHead(byte[] content) {
        String window = new String(content, StandardCharsets.ISO_8859_1);
        String head = window.substring(0, Math.min(window.length(), 8192)).toLowerCase(java.util.Locale.ROOT);
        String trimmed = head.replaceFirst("^(\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe|\ufeff)?\\s*", "");
        boolean html = trimmed.startsWith("<!doctype html")
                || trimmed.startsWith("<html")
                || trimmed.startsWith("<?xml") && head.contains("<html")
                || trimmed.startsWith("<") && org.xxgk.internal.Markup.TAG.matcher(head).find()
                || org.xxgk.internal.Markup.holdsMarkup(window);
        return html ? DocumentFormat.HTML : DocumentFormat.TEXT;
    }

    @Test
    void aTextThatStartsWithoutATagIsJudgedAsTheLoweredHeadWouldBe() {
        // pieces a head is made of: byte order marks and their upper-case look-alikes, white space, tags, text
        String[] pieces = {"\u00ef\u00bb\u00bf", "\u00cf\u00bb\u00bf", "\u00fe\u00ff", "\u00de\u00ff", " ", "\n", "\t",
            "<", "<html>", "<HTML>", "<!DOCTYPE html>", "<?xml?>", "<td>", "</td>", "<p>", "</P>", "\u00e6\u008a\u00a5",
            "x", "\u00cf", "\u00e6\u008a\u00a5\u00e5\u0091\u008a", "&lt;"};
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder head = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) head.append(pieces[random.nextInt(pieces.length)]);
            // as ISO-8859-1 bytes, the way the detector views a page without a UTF-16 byte order mark
            byte[] content = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            if (content[0] == (byte) 0xFE || content[0] == (byte) 0xFF) continue; // a UTF-16 mark: another view
            if (FormatDetector.detect(content, "x.txt") == DocumentFormat.UNKNOWN) continue; // binary-looking
            assertThat(FormatDetector.detect(content, "x.txt")).as("%s", head).isEqualTo(byLoweredHead(content));
        }
    }
}
