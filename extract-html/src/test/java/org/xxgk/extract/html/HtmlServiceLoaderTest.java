package org.xxgk.extract.html;

import org.junit.jupiter.api.Test;
import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.Extractors;
import org.xxgk.source.DocumentFormat;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlServiceLoaderTest {

    @Test
    void serviceLoaderFindsTheHtmlExtractor() {
        Extractors extractors = Extractors.load();

        assertThat(extractors.supports(DocumentFormat.HTML)).isTrue();
        assertThat(extractors.forFormat(DocumentFormat.HTML)).get()
                .isInstanceOf(HtmlDocumentExtractor.class)
                .extracting(DocumentExtractor::format).isEqualTo(DocumentFormat.HTML);
    }
}
