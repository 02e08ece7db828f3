package org.xxgk.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xxgk.CorruptDocumentException;
import org.xxgk.InternalErrorException;
import org.xxgk.Reason;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;

/**
 * A defect of ours inside the PDF extractor is an internal error, never "corrupt PDF" (damaged files: PdfErrorsTest).
 */
class InternalErrorTest {

    @AfterEach
    void removeTheFault() {
        TableJoiner.faultForTests = () -> { };
    }

    @Test
    void aBugWherePagesAreJoinedIsInternalNotTheFilesFault() {
        TableJoiner.faultForTests = () -> {
            throw new IllegalStateException("injected defect");
        };

        assertThatThrownBy(() -> Xxgk.builder().build().read(Fixtures.bytes("000"), "000.pdf"))
                .isInstanceOf(InternalErrorException.class)
                .isNotInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("000.pdf: internal error")
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(((XxgkException) e).reason()).isEqualTo(Reason.INTERNAL));
    }
}
