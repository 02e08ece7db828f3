package org.xxgk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xxgk.extract.html.HtmlFixtures.texts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xxgk.Limits;
import org.xxgk.Xxgk;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.interpret.ReportVocabulary;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/**
 * A page whose text prints no report title (a portal that sets it in a header image) has it in its {@code <title>},
 * after which portals put their site's name: the title part is the page's first text block, where the page's text
 * before its first table holds no title of its own.
 */
class PageTitleTest {

    private static final String BODY = "<p>本报告中所列数据统计期限为2021年1月1日至12月31日。</p><p>一、总体情况</p><p>2021年，本局扎实推进政务公开。</p>";

    private static ExtractedDocument extract(String markup) {
        return new HtmlDocumentExtractor().extract(markup.getBytes(StandardCharsets.UTF_8),
                ExtractionContext.start("test.html", Limits.DEFAULT, ReportVocabulary.INSTANCE));
    }

    @Test
    void theTitlePartOfThePageTitleLeadsWhereTheTextHasNone() {
        ExtractedDocument doc = extract("<html><head><title>某市民政局2021年政府信息公开工作年度报告_政府信息公开年报_某市人民政府网"
                + "</title></head><body>" + BODY + "</body></html>");
        assertThat(texts(doc)).first().isEqualTo("某市民政局2021年政府信息公开工作年度报告");

        // fixture 000 without its <h1>: the agency and year come from its <title>, every cell as in its golden file
        String page = new String(HtmlFixtures.bytes("000"), StandardCharsets.UTF_8);
        String h1 = "<h1>重庆市信访办公室2020年政府信息公开工作年度报告</h1>";
        assertThat(page).contains(h1);
        AnnualReport r = Xxgk.read(
                new ByteArrayInputStream(page.replace(h1, "").getBytes(StandardCharsets.UTF_8)), "000.html");
        assertThat(r.agency()).hasValue("重庆市信访办公室");
        GoldenAssert.assertMatches(r, Golden.load("000"));
    }

    @Test
    void notWhereTheTextPrintsATitle() {
        ExtractedDocument doc = extract("<html><head><title>某市民政局2021年政府信息公开工作年度报告-某市人民政府</title></head><body>"
                + "<h1>某市民政局2021年度政府信息公开工作年度报告</h1>" + BODY + "</body></html>");
        assertThat(texts(doc)).first().isEqualTo("某市民政局2021年度政府信息公开工作年度报告");
        assertThat(texts(doc)).doesNotContain("某市民政局2021年政府信息公开工作年度报告");
    }

    @Test
    void notWhereThePageTitleHoldsNoReportTitle() {
        ExtractedDocument doc = extract("<html><head><title>政府信息公开年报_某市人民政府网</title></head><body>" + BODY
                + "</body></html>");
        assertThat(texts(doc)).first().isEqualTo("本报告中所列数据统计期限为2021年1月1日至12月31日。");
    }

    @Test
    void aVocabularyThatKnowsNoTitleAddsNone() {
        ExtractedDocument doc = HtmlFixtures.html("<html><head><title>某市民政局2021年政府信息公开工作年度报告</title></head><body>"
                + BODY + "</body></html>");
        assertThat(texts(doc)).first().isEqualTo("本报告中所列数据统计期限为2021年1月1日至12月31日。");
    }
}
