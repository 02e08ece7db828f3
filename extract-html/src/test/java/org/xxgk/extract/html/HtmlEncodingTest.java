package org.xxgk.extract.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.source.Warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xxgk.extract.html.HtmlFixtures.extract;
import static org.xxgk.extract.html.HtmlFixtures.grids;
import static org.xxgk.extract.html.HtmlFixtures.texts;

/** The page decodes by BOM, then {@code <meta>} label (GB labels widened), then sniffing; never by default charset. */
class HtmlEncodingTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String BODY =
            "<body><p>重庆市长寿区政务公开办公室——镕喆</p><table><tr><td>统计数</td><td>134</td></tr></table></body></html>";

    @Test
    void gbkBytesUnderAUtf8LabelAreReadAsGbk() {
        byte[] page = ("<html><head><meta charset=utf-8></head>" + BODY).getBytes(GBK);

        ExtractedDocument doc = extract(page, "lie.html");

        assertThat(texts(doc)).containsExactly("重庆市长寿区政务公开办公室——镕喆");
        assertThat(grids(doc).get(0).cell(0, 0).text()).isEqualTo("统计数");
        assertThat(doc.warnings()).extracting(w -> w.code().code()).containsExactly("CHARSET_LABEL_IGNORED");
    }

    @Test
    void gbkBytesWithoutALabelAreSniffed() {
        byte[] page = ("<html><head><title>x</title></head>" + BODY).getBytes(GBK);

        ExtractedDocument doc = extract(page, "nolabel.html");

        assertThat(texts(doc)).containsExactly("重庆市长寿区政务公开办公室——镕喆");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void gb2312LabelIsReadAsGb18030() {
        // 镕 and 喆 are GBK-only, and A1AA is U+2014 in GBK but U+2015 in Java's strict GB2312
        byte[] page = ("<html><head><META http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                        + BODY)
                .getBytes(GBK);

        assertThat(texts(extract(page, "gb2312.html"))).containsExactly("重庆市长寿区政务公开办公室\u2014\u2014镕喆");
    }

    @Test
    void utf8ByteOrderMarkWinsAndIsNotText() {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        // a wrong label after a BOM does not matter
        page.writeBytes(("<html><head><meta charset=gbk></head>" + BODY).getBytes(StandardCharsets.UTF_8));

        ExtractedDocument doc = extract(page.toByteArray(), "bom.html");

        assertThat(texts(doc)).containsExactly("重庆市长寿区政务公开办公室——镕喆");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void utf8WithoutLabelIsSniffed() {
        byte[] page = ("<html>" + BODY).getBytes(StandardCharsets.UTF_8);

        assertThat(texts(extract(page, "utf8.html"))).containsExactly("重庆市长寿区政务公开办公室——镕喆");
    }

    @Test
    void declaredLabelIsFoundInBothMetaForms() {
        assertThat(HtmlCharset.declaredLabel("<meta charset=\"GB2312\">".getBytes(StandardCharsets.US_ASCII)))
                .contains("gb2312");
        assertThat(HtmlCharset.declaredLabel("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=GBK'>"
                        .getBytes(StandardCharsets.US_ASCII)))
                .contains("gbk");
        assertThat(HtmlCharset.declaredLabel("<meta charset=utf-16>".getBytes(StandardCharsets.US_ASCII)))
                .contains("utf-8");
        assertThat(HtmlCharset.declaredLabel(
                        "<meta name=keywords content=x><p>charset=gbk</p>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(Optional.empty());
        // beyond the prescan window a label is not looked for
        String late = " ".repeat(HtmlCharset.PRESCAN_BYTES) + "<meta charset=gbk>";
        assertThat(HtmlCharset.declaredLabel(late.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void gbkBytesFarIntoAnUnlabelledPageAreSniffed() {
        // UTF-8 is checked as the page is parsed: GBK found after much ASCII still sends the page to GB18030
        StringBuilder page = new StringBuilder("<html><body>");
        while (page.length() < 100_000) page.append("<p>abc</p>\n");
        page.append("<p>重庆市长寿区——镕喆</p></body></html>");

        ExtractedDocument doc = extract(page.toString().getBytes(GBK), "late.html");

        assertThat(texts(doc)).hasSizeGreaterThan(1).last().isEqualTo("重庆市长寿区——镕喆");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void utf8CutInsideItsLastCharacterIsReadAsGb18030() {
        byte[] utf8 = "<p>abc</p><p>中".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length - 1);

        ExtractedDocument doc = extract(cut, "cut.html");

        // E4 B8, not UTF-8 once cut, is one GB18030 character
        assertThat(texts(doc)).containsExactly("abc", "涓");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void utf8ThatIsLargeOrSpellsTheReplacementCharacterIsReadAsUtf8Too() {
        // a small page is decoded whole; one that spells U+FFFD, or one past the size decoded whole, is decoded as it
        // is parsed (StrictUtf8Reader): the same blocks either way, the U+FFFD a character like any other
        String head = "<html><head><title>x</title></head><body><p>重庆市长寿区——镕喆</p>";
        String table = "<table><tr><td>统计数</td><td>134</td></tr></table>";
        ExtractedDocument small = extract((head + table + "</body></html>").getBytes(StandardCharsets.UTF_8), "s.html");
        ExtractedDocument spelt = extract(
                (head + "<p>\uFFFD</p>" + table + "</body></html>").getBytes(StandardCharsets.UTF_8), "r.html");
        StringBuilder padding = new StringBuilder();
        while (padding.length() <= org.xxgk.internal.Encodings.WHOLE_DECODE_BYTES) padding.append("<!-- 公开 -->\n");
        ExtractedDocument large =
                extract((head + padding + table + "</body></html>").getBytes(StandardCharsets.UTF_8), "l.html");

        assertThat(texts(small)).containsExactly("重庆市长寿区——镕喆");
        assertThat(texts(spelt)).containsExactly("重庆市长寿区——镕喆", "\uFFFD");
        assertThat(texts(large)).isEqualTo(texts(small));
        for (ExtractedDocument doc : java.util.List.of(small, spelt, large)) {
            assertThat(grids(doc)).hasSize(1);
            assertThat(grids(doc).get(0).cell(0, 0).text()).isEqualTo("统计数");
            assertThat(grids(doc).get(0).cell(0, 1).text()).isEqualTo("134");
            assertThat(doc.warnings()).isEmpty();
        }
    }
}
