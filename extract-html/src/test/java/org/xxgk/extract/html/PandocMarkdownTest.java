package org.xxgk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.Xxgk;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.TableGrid;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/**
 * The five fixture pages as a Word document and then as GitHub Markdown, both by pandoc ({@code derived/pandoc-gfm/},
 * made by core's {@code derived/make.sh}): headings in bold, section 二 as a pipe table whose merged cells are empty
 * ones, sections 三 and 四 (row spans) as HTML tables. Each reads its golden file whole.
 */
class PandocMarkdownTest {

    private static byte[] copy(String id) throws IOException {
        try (InputStream in = PandocMarkdownTest.class.getResourceAsStream("/derived/pandoc-gfm/" + id + ".md")) {
            assertThat(in).as(id).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void readsItsGoldenFile(String id) throws IOException {
        AnnualReport r = Xxgk.read(new ByteArrayInputStream(copy(id)), id + ".md");
        GoldenAssert.assertMatches(r, Golden.load(id));
        // the parts' headings print in bold (**一、总体情况**): 一 to 五 (000 and 004 print no 六) are found, without the marks
        for (int part = 1; part <= 5; part++) {
            assertThat(r.section(part)).as(id + " part " + part)
                    .hasValueSatisfying(s -> assertThat(s.heading()).doesNotContain("*"));
        }
    }

    @Test
    void aPipeTableBesideTheHtmlTablesIsAGrid() throws IOException {
        // 001: section 二 as a pipe table, 三 and 四 as <table>: three grids in the page's order, 二's first
        ExtractedDocument d = HtmlFixtures.extract(copy("001"), "001.md");
        List<TableGrid> grids = HtmlFixtures.grids(d);
        assertThat(grids).hasSizeGreaterThanOrEqualTo(3);
        TableGrid active = grids.stream()
                .filter(g -> HtmlFixtures.texts(g).stream().anyMatch(row -> row.contains("行政规范性文件")))
                .findFirst()
                .orElseThrow();
        assertThat(HtmlFixtures.texts(active)).contains(List.of("行政规范性文件", "0", "0", "0"));
        assertThat(grids.indexOf(active)).isLessThan(grids.size() - 2);
    }
}
