package org.xxgk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.xxgk.source.Provenance;

class XxgkExceptionTest {

    @Test
    void aLocationIsNamedInTheMessageAndKeptForCallers() {
        IOException cause = new IOException("bad stream");
        CorruptDocumentException e = new CorruptDocumentException(
                "a.pdf", Reason.CORRUPT_PDF, "the PDF could not be read", Provenance.page(3), cause);

        assertThat(e.getMessage()).isEqualTo("a.pdf: the PDF could not be read (page 3)");
        assertThat(e.location()).isEqualTo(Provenance.page(3));
        assertThat(e.reason().code()).isEqualTo("corrupt-pdf");
        assertThat(e.getCause()).isSameAs(cause);
    }

    @Test
    void withoutALocationItIsNone() {
        XxgkException e = new NotAReportException("notice.txt", Reason.NOT_A_REPORT, "no statistical table");

        assertThat(e.getMessage()).isEqualTo("notice.txt: no statistical table");
        assertThat(e.location()).isEqualTo(Provenance.NONE);
    }

    @Test
    void anInternalErrorNamesTheDocumentAndKeepsOurDefect() {
        IllegalStateException bug = new IllegalStateException("boom");
        InternalErrorException e = new InternalErrorException("r.html", bug);

        assertThat(e.reason()).isEqualTo(Reason.INTERNAL);
        assertThat(e.getMessage()).startsWith("r.html: internal error in xxgk, please report it: ").contains("boom");
        assertThat(e.getCause()).isSameAs(bug);
    }
}
