package org.xxgk.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.DocumentFormat;
import org.xxgk.extract.Extractors;

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
