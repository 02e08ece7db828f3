package org.xxgk.extract.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.source.Warning;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the page in a file that is not plain HTML: behind a header, or in JavaScript and JSON strings. */
class EmbeddedHtmlTest {

    private static final String TABLE = "<table class=\"t\"><tr><td>自然人</td><td>12</td></tr></table>";

    private static String unescape(String body) {
        return EmbeddedHtml.unescape(body, 0, body.length());
    }

    private static Optional<String> warning(EmbeddedHtml.Unwrapped unwrapped) {
        return unwrapped.warning().map(w -> w.code().code());
    }

    @Test
    void unescapesJsonAndJavaScriptEscapes() {
        assertThat(unescape("<td class=\\\"t\\\">a<\\/td>\\n\\t\\r\\\\\\'\\`"))
                .isEqualTo("<td class=\"t\">a</td>\n\t\r\\'`");
        assertThat(unescape("\\u4e2d\\u6587 \\ud83d\\ude00 \\u{1F600} \\x41\\b\\f\\v\\0"))
                .isEqualTo("中文 😀 😀 A\b\f\u000B\0");
        assertThat(unescape("a\\\nb\\\r\nc")).as("line continuations").isEqualTo("abc");
        assertThat(unescape("\\q")).as("an unknown escape stands for its character").isEqualTo("q");
    }

    @Test
    void malformedEscapesAreKeptAsWritten() {
        assertThat(unescape("\\u12 \\u{110000} \\xZ1 \\u０１２３ end\\"))
                .isEqualTo("\\u12 \\u{110000} \\xZ1 \\u０１２３ end\\");
    }

    @Test
    void aPageThatStartsWithMarkupIsLeftAlone() {
        String page = "\n  <html><body>" + TABLE + "<script>var s = \"<p>x</p>\";</script></body></html>";

        EmbeddedHtml.Unwrapped unwrapped = EmbeddedHtml.unwrap(page);

        assertThat(unwrapped.html()).isSameAs(page);
        assertThat(unwrapped.warning()).isEmpty();
    }

    @Test
    void onlyTheJsonStringsHoldingMarkupAreRead() {
        String json = "{\"title\":\"2020年报告\",\"content\":\"<p>一、总体情况<\\/p>\\n" + TABLE.replace("\"", "\\\"")
                + "\",\"hits\":\"12\"}";

        EmbeddedHtml.Unwrapped unwrapped = EmbeddedHtml.unwrap(json);

        assertThat(unwrapped.html()).isEqualTo("<p>一、总体情况</p>\n" + TABLE);
        assertThat(warning(unwrapped)).contains("HTML_FROM_SCRIPT");
    }

    @Test
    void concatenatedLiteralsAreJoinedAndSeparateWritesFollowEachOther() {
        String script = "var n = 'x';\n"
                + "document.write('<table><tr><td>' + \"12\" +\n"
                + " '</td></tr>');\n"
                + "document.write(\"</table>\");";

        assertThat(EmbeddedHtml.unwrap(script).html()).isEqualTo("<table><tr><td>12</td></tr></table>");
    }

    @Test
    void aTemplateLiteralMaySpanLines() {
        String script = "const html = `<table>\n<tr><td>12</td></tr>\n</table>`;";

        assertThat(EmbeddedHtml.unwrap(script).html()).isEqualTo("<table>\n<tr><td>12</td></tr>\n</table>");
    }

    @Test
    void textBeforeAWholePageIsDropped() {
        String header = "URL: http://www.example.gov.cn/a.html\nIt's the crawler's \"copy\n\n";
        String page = "<!DOCTYPE html>\n<html><body>" + TABLE
                + "<script>var s = \"<div><p>x</p></div>\";</script></body></html>";

        EmbeddedHtml.Unwrapped unwrapped = EmbeddedHtml.unwrap(header + page);

        assertThat(unwrapped.html()).isEqualTo(page);
        assertThat(warning(unwrapped)).contains("TEXT_BEFORE_PAGE");
    }

    @Test
    void aStrayQuoteBeforeThePageDoesNotMakeItAScript() {
        String page = "<html lang=\"zh\">\n<body>\n" + TABLE + "\n<p>正文</p>\n</body>\n</html>";

        assertThat(EmbeddedHtml.unwrap("Title: \"报告 " + page).html()).isEqualTo(page);
    }

    @Test
    void textBeforeAFragmentIsPartOfIt() {
        String fragment = "重庆市某区2020年政府信息公开工作年度报告\n<p>一、总体情况</p>" + TABLE;

        EmbeddedHtml.Unwrapped unwrapped = EmbeddedHtml.unwrap(fragment);

        assertThat(unwrapped.html()).isSameAs(fragment);
        assertThat(unwrapped.warning()).isEmpty();
    }

    @Test
    void literalsAreFoundInOrderAndAnApostropheOpensNone() {
        String source = "it's\n\"a\\\"b\" + 'c'\n`d\ne` x\"";

        assertThat(EmbeddedHtml.Literal.scan(source)).extracting(l -> source.substring(l.start(), l.end()))
                .containsExactly("\"a\\\"b\"", "'c'", "`d\ne`");
    }

    @Test
    @Timeout(10)
    void pathologicalQuotesAreScannedInLinearTime() {
        String line = "x<p>".repeat(3) + "\\\"'`".repeat(500_000) + TABLE;

        assertThat(EmbeddedHtml.unwrap(line).html()).isNotEmpty();
    }

    @Test
    void theExtractorReadsAJsonDocumentAsItsPage() {
        String json = "{\"content\":\"<p>一、总体情况<\\/p>" + TABLE.replace("\"", "\\\"").replace("</", "<\\/") + "\"}";

        ExtractedDocument doc = HtmlFixtures.extract(json.getBytes(StandardCharsets.UTF_8), "report.json");

        assertThat(HtmlFixtures.texts(doc)).containsExactly("一、总体情况");
        assertThat(HtmlFixtures.texts(HtmlFixtures.grids(doc).get(0))).containsExactly(List.of("自然人", "12"));
        assertThat(doc.warnings()).extracting(w -> w.code().code()).containsExactly("HTML_FROM_SCRIPT");
    }
}
