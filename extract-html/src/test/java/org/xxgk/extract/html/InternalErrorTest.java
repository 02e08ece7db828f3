package org.xxgk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xxgk.CorruptDocumentException;
import org.xxgk.InternalErrorException;
import org.xxgk.Reason;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;

/** A defect of ours inside the HTML extractor is an internal error, never "corrupt HTML". */
class InternalErrorTest {

    @AfterEach
    void removeTheFault() {
        TableReader.faultForTests = () -> { };
    }

    @Test
    void aBugInOurTableReadingIsInternalNotThePagesFault() {
        TableReader.faultForTests = () -> {
            throw new IndexOutOfBoundsException("injected defect");
        };

        assertThatThrownBy(() -> Xxgk.builder().build().read(HtmlFixtures.bytes("003"), "003.html"))
                .isInstanceOf(InternalErrorException.class)
                .isNotInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("003.html: internal error")
                .hasRootCauseInstanceOf(IndexOutOfBoundsException.class)
                .satisfies(e -> assertThat(((XxgkException) e).reason()).isEqualTo(Reason.INTERNAL));
    }

    @Test
    void withoutTheFaultThePageReads() {
        assertThat(Xxgk.builder().build().read(HtmlFixtures.bytes("003"), "003.html").cells()).isNotEmpty();
    }
}
