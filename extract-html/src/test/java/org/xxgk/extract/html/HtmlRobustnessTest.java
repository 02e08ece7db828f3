package org.xxgk.extract.html;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xxgk.LimitExceededException;
import org.xxgk.Limits;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.source.DocumentFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xxgk.extract.html.HtmlFixtures.grids;
import static org.xxgk.extract.html.HtmlFixtures.html;
import static org.xxgk.extract.html.HtmlFixtures.texts;

/** Malformed, deep and pathological pages are read as a browser would, within the limits. */
class HtmlRobustnessTest {

    @Test
    @Timeout(20)
    void twentyThousandNestedDivsDoNotOverflowTheStack() {
        String markup = "<div>".repeat(20_000) + "<p>深处</p>" + "</div>".repeat(20_000)
                + "<table><tr><td>底</td><td>7</td></tr></table><p>之后</p>";

        ExtractedDocument doc = html(markup);

        assertThat(doc.blocks()).hasSize(3);
        assertThat(texts(doc)).containsExactly("深处", "之后");
        assertThat(texts(grids(doc).get(0))).containsExactly(List.of("底", "7"));
    }

    @Test
    void nestedLayoutTablesYieldOnlyTheInnermostGrid() {
        String markup = "<table><tr><td>".repeat(100) + "<table><tr><td>核心</td><td>1</td></tr></table>"
                + "</td></tr></table>".repeat(100);

        ExtractedDocument doc = html(markup);

        assertThat(doc.blocks()).hasSize(1);
        assertThat(grids(doc)).singleElement().satisfies(g -> {
            assertThat(g.index()).isEqualTo(1);
            assertThat(texts(g)).containsExactly(List.of("核心", "1"));
        });
    }

    @Test
    @Timeout(20)
    void thousandsOfNestedTablesDoNotOverflowTheStack() {
        // jsoup, like browsers, stops nesting at 512 open elements, so the innermost table is no
        // table any more; what is left must still be read, quickly and without a StackOverflowError
        String markup = "<table><tr><td>".repeat(5_000) + "<table><tr><td>核心</td></tr></table>"
                + "</td></tr></table>".repeat(5_000);

        ExtractedDocument doc = html(markup);

        assertThat(texts(doc)).containsExactly("核心");
        assertThat(doc.tables()).isEmpty();
    }

    @Test
    void malformedMarkupIsReadAsABrowserWould() {
        ExtractedDocument doc =
                html("<p>未闭合<b>粗<i>斜</b>体<td>孤立单元格<table><tr><td>a<td>b<tr><td>c</table></p></div><p>末");

        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.source()).isEqualTo("test.html");
        assertThat(texts(doc)).containsExactly("未闭合粗斜体孤立单元格", "末");
        assertThat(texts(grids(doc).get(0))).containsExactly(List.of("a", "b"), List.of("c", ""));
    }

    @Test
    void pageWithoutTablesYieldsTextBlocksOnly() {
        ExtractedDocument doc = html("<html><body><p>本机关本年度未收到政府信息公开申请。</p></body></html>");

        assertThat(doc.blocks()).hasSize(1);
        assertThat(texts(doc)).containsExactly("本机关本年度未收到政府信息公开申请。");
    }

    @Test
    void binaryJunkDoesNotThrowAParserException() {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i * 31 + 7);

        ExtractedDocument doc = HtmlFixtures.extract(junk, "junk.html");

        assertThat(doc.tables()).isEmpty();
    }

    @Test
    void expiredDeadlineThrowsTheTimeLimit() {
        ExtractionContext late = new ExtractionContext(
                "slow.html", Limits.DEFAULT.withMaxTime(Duration.ofMillis(1)), System.nanoTime() - 1);
        byte[] page = "<p>x</p>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new HtmlDocumentExtractor().extract(page, late))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("slow.html: ")
                .satisfies(e -> assertThat(((LimitExceededException) e).reason().code()).isEqualTo("time-limit"));
    }
}
