package org.xxgk.extract;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.text.TextDocumentExtractor;
import org.xxgk.source.DocumentFormat;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorDiscoveryTest {

    @Test
    void serviceLoaderFindsTheTextExtractor() {
        assertThat(ServiceLoader.load(DocumentExtractor.class))
                .anySatisfy(e -> assertThat(e).isInstanceOf(TextDocumentExtractor.class));
        assertThat(Extractors.load().forFormat(DocumentFormat.TEXT)).get().isInstanceOf(TextDocumentExtractor.class);
    }

    @Test
    void coreAloneHasNoPdfOrHtmlExtractor() {
        assertThat(Extractors.load().supports(DocumentFormat.PDF)).isFalse();
        assertThat(Extractors.load().supports(DocumentFormat.HTML)).isFalse();
    }
}
