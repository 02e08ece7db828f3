package org.xxgk.extract.html;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EmbeddedHtml#fromPrefix}, which lets a page be parsed as it is decoded, decides as
 * {@link EmbeddedHtml#unwrap} does on the whole text, or leaves the decision to it.
 */
class EmbeddedHtmlPrefixTest {

    private static final String TABLE = "<table class=\"t\"><tr><td>自然人</td><td>12</td></tr></table>";

    private static final List<String> TEXTS = List.of(
            "<html><body>" + TABLE + "</body></html>",
            "\n \uFEFF <html><body>" + TABLE + "</body></html>",
            " ".repeat(5000) + "<html><body>" + TABLE + "</body></html>",
            "来源: 某网站 抓取于 2021-01-01\nURL: http://example.org/a.html\n<!DOCTYPE html><html><body>" + TABLE
                    + "</body></html>",
            "标题 2020年报告\n<div><p>一、总体情况</p>" + TABLE + "</div>",
            "document.write(\"" + TABLE.replace("\"", "\\\"") + "\");",
            "{\"content\":\"<p>一、总体情况<\\/p>" + TABLE.replace("\"", "\\\"") + "\"}",
            "it's a header\n<html><body>" + TABLE + "</body></html>",
            "no markup at all",
            "   ");

    @Test
    void decidesAsUnwrapDoesOrNotAtAll() {
        for (String text : TEXTS) {
            EmbeddedHtml.Unwrapped whole = EmbeddedHtml.unwrap(text);
            for (boolean all : List.of(true, false)) {
                Optional<EmbeddedHtml.Header> header = EmbeddedHtml.fromPrefix(text, all);
                if (header.isEmpty()) continue;
                assertThat(text.substring(header.get().skip())).as(text).isEqualTo(whole.html());
                assertThat(header.get().warning()).as(text).isEqualTo(whole.warning());
            }
        }
    }

    @Test
    void aPageBehindAHeaderIsDecidedFromItsBeginning() {
        String text = "来源: 某网站\n<!DOCTYPE html><html><body>" + TABLE + "</body></html>";
        Optional<EmbeddedHtml.Header> header = EmbeddedHtml.fromPrefix(text.substring(0, 60), false);
        assertThat(header).isPresent();
        assertThat(header.get().skip()).isEqualTo(text.indexOf('<'));
        assertThat(header.get().warning().map(w -> w.code().code())).contains("TEXT_BEFORE_PAGE");
    }

    @Test
    void markupAfterAQuoteIsLeftToTheWholeText() {
        assertThat(EmbeddedHtml.fromPrefix("var s = \"" + TABLE + "\";", true)).isEmpty();
    }
}
