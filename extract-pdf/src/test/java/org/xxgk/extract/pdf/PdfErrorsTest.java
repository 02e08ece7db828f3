package org.xxgk.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import org.xxgk.CorruptDocumentException;
import org.xxgk.EncryptedDocumentException;
import org.xxgk.LimitExceededException;
import org.xxgk.Limits;
import org.xxgk.NotAReportException;
import org.xxgk.XxgkException;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.TextBlock;

/** Bad input gets a typed error naming the file and the reason; the PDFs are made here with PDFBox. */
class PdfErrorsTest {

    @Test
    void aUserPasswordIsAnEncryptedDocument() throws IOException {
        byte[] pdf = pdf(1, "Annual report 2020", "owner-secret", "user-secret");

        assertThatThrownBy(() -> Fixtures.extract(pdf, "locked.pdf", Limits.DEFAULT))
                .isInstanceOf(EncryptedDocumentException.class)
                .hasMessageContaining("locked.pdf")
                .satisfies(e -> assertThat(((XxgkException) e).reason().code()).isEqualTo("encrypted"))
                .hasCauseInstanceOf(org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class);
    }

    @Test
    void anOwnerPasswordAloneDoesNotStopReading() throws IOException {
        byte[] pdf = pdf(1, "Annual report 2020", "owner-secret", "");

        ExtractedDocument document = Fixtures.extract(pdf, "restricted.pdf", Limits.DEFAULT);

        assertThat(document.textBlocks().map(TextBlock::text)).containsExactly("Annual report 2020");
    }

    @Test
    void aTruncatedFileIsCorrupt() {
        byte[] whole = Fixtures.bytes("000");
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> Fixtures.extract(half, "half.pdf", Limits.DEFAULT))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageContaining("half.pdf")
                .satisfies(e -> assertThat(((XxgkException) e).reason().code()).isEqualTo("corrupt-pdf"));
    }

    @Test
    void randomBytesAfterAPdfHeaderAreCorrupt() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(junk);
        byte[] noEnd = out.toByteArray();
        out.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        byte[] withEnd = out.toByteArray();

        for (byte[] pdf : new byte[][] {noEnd, withEnd}) {
            assertThatThrownBy(() -> Fixtures.extract(pdf, "junk.pdf", Limits.DEFAULT))
                    .isInstanceOf(CorruptDocumentException.class)
                    .satisfies(e -> assertThat(((XxgkException) e).reason().code()).isEqualTo("corrupt-pdf"));
        }
    }

    @Test
    void pagesWithoutTextAreNotAReport() throws IOException {
        byte[] pdf = pdf(2, null, null, null);

        assertThatThrownBy(() -> Fixtures.extract(pdf, "scan.pdf", Limits.DEFAULT))
                .isInstanceOf(NotAReportException.class)
                .hasMessageContaining("no text layer")
                .satisfies(e -> assertThat(((XxgkException) e).reason().code()).isEqualTo("no-text-layer"));
    }

    @Test
    void morePagesThanTheLimitFailBeforeAnyWork() {
        assertThatThrownBy(() -> Fixtures.extract(Fixtures.bytes("000"), "000.pdf", Limits.DEFAULT.withMaxPages(3)))
                .isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(((XxgkException) e).reason().code()).isEqualTo("too-many-pages"));
    }

    @Test
    void moreCellsThanTheLimitFail() {
        assertThatThrownBy(() -> Fixtures.extract(Fixtures.bytes("000"), "000.pdf", Limits.DEFAULT.withMaxCells(100)))
                .isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(((XxgkException) e).reason().code()).isEqualTo("too-many-cells"));
    }

    /**
     * A PDF of {@code pages} pages, each with {@code text} in Helvetica (or a drawn box only), optionally encrypted.
     */
    private static byte[] pdf(int pages, String text, String ownerPassword, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    if (text != null) {
                        content.beginText();
                        content.setFont(PDType1Font.HELVETICA, 12);
                        content.newLineAtOffset(72, 700);
                        content.showText(text);
                        content.endText();
                    } else {
                        content.addRect(72, 72, 400, 600);
                        content.fill();
                    }
                }
            }
            if (ownerPassword != null) {
                AccessPermission permissions = new AccessPermission();
                permissions.setCanExtractContent(false);
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
