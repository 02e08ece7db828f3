package org.xxgk.extract.pdf;

import org.junit.jupiter.api.Test;
import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.Extractors;
import org.xxgk.source.DocumentFormat;

import static org.assertj.core.api.Assertions.assertThat;

class PdfServiceLoaderTest {

    @Test
    void serviceLoaderFindsThePdfExtractor() {
        Extractors extractors = Extractors.load();

        assertThat(extractors.supports(DocumentFormat.PDF)).isTrue();
        DocumentExtractor extractor = extractors.forFormat(DocumentFormat.PDF).orElseThrow();
        assertThat(extractor).isInstanceOf(PdfDocumentExtractor.class);
        assertThat(extractor.format()).isEqualTo(DocumentFormat.PDF);
    }
}
