package org.xxgk;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.model.Template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XxgkReaderTest {

    @Test
    void emptyInputIsNotAReport() {
        assertThatThrownBy(() -> Xxgk.read(new ByteArrayInputStream(new byte[0]), "empty.txt"))
                .isInstanceOfSatisfying(NotAReportException.class, e -> {
                    assertThat(e.source()).isEqualTo("empty.txt");
                    assertThat(e.reason().code()).isEqualTo("empty");
                    assertThat(e.getMessage()).startsWith("empty.txt: ");
                });
    }

    @Test
    void binaryJunkIsAnUnsupportedFormat() {
        assertThatThrownBy(() -> Xxgk.read(new ByteArrayInputStream(new byte[] {0, 1, 2, 3, 0, 9}), "junk.bin"))
                .isInstanceOfSatisfying(
                        UnsupportedFormatException.class,
                        e -> assertThat(e.reason().code()).isEqualTo("unknown-format"));
    }

    @Test
    void aPdfWithoutThePdfModuleNamesTheMissingModule() {
        assertThatThrownBy(() -> Xxgk.read(
                        new ByteArrayInputStream("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)), "r.pdf"))
                .isInstanceOfSatisfying(UnsupportedFormatException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("no-extractor");
                    assertThat(e.getMessage()).contains("xxgk-extract-pdf");
                });
    }

    @Test
    void textThatIsNoReportIsNotAReport() {
        assertThatThrownBy(() -> Xxgk.read(
                        new ByteArrayInputStream("今天天气很好。\n明天去公园。".getBytes(StandardCharsets.UTF_8)), "note.txt"))
                .isInstanceOf(NotAReportException.class);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> Xxgk.read(missing))
                .isInstanceOfSatisfying(XxgkException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("not-found");
                    assertThat(e.source()).isEqualTo(missing.toString());
                });
    }

    @Test
    void inputOverTheByteLimitFailsBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[4096]);
        XxgkReader reader = Xxgk.builder().limits(Limits.DEFAULT.withMaxBytes(1024)).build();
        assertThatThrownBy(() -> reader.read(big))
                .isInstanceOfSatisfying(
                        LimitExceededException.class,
                        e -> assertThat(e.reason().code()).isEqualTo("too-large"));
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[4096]), "stream"))
                .isInstanceOfSatisfying(
                        LimitExceededException.class,
                        e -> assertThat(e.reason().code()).isEqualTo("too-large"));
    }

    @Test
    void pathAndStreamGiveTheSameReport(@TempDir Path dir) throws Exception {
        byte[] seed;
        try (var in = getClass().getResourceAsStream("/seeds/004_48a57cdf3499fdc3.txt")) {
            seed = in.readAllBytes();
        }
        Path file = dir.resolve("004.txt");
        Files.write(file, seed);
        var fromPath = Xxgk.read(file);
        var fromStream = Xxgk.read(new ByteArrayInputStream(seed), "004.txt");
        assertThat(fromPath.template()).isEqualTo(Template.V2019);
        assertThat(fromPath.cells().keySet()).isEqualTo(fromStream.cells().keySet());
        assertThat(fromPath.value("applications.newlyReceived.total"))
                .isEqualTo(fromStream.value("applications.newlyReceived.total"));
    }

    @Test
    void extractGivesTheNeutralDocumentWithoutInterpretation() throws Exception {
        byte[] seed;
        try (var in = getClass().getResourceAsStream("/seeds/003_f50a9f7ac473722a.txt")) {
            seed = in.readAllBytes();
        }
        var document = Xxgk.builder().build().extract(seed, "003.txt");
        assertThat(document.source()).isEqualTo("003.txt");
        assertThat(document.format()).isEqualTo(org.xxgk.source.DocumentFormat.TEXT);
        assertThat(document.tables()).isNotEmpty();
        assertThat(document.textBlocks()).anyMatch(b -> b.text().startsWith("银州区人民政府办公室2020年度"));
    }

    @Test
    void callerMistakesNameTheParameter() {
        assertThatThrownBy(() -> Xxgk.read((Path) null)).isInstanceOf(NullPointerException.class).hasMessage("path");
        assertThatThrownBy(() -> Xxgk.builder().limits(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("limits");
        assertThatThrownBy(() -> Limits.DEFAULT.withMaxPages(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
