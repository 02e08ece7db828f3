package org.xxgk.extract.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.testing.ForkedRead;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker thread needs 256 MB of heap (README, Limits): large pages are read in a child JVM with
 * {@code -Xmx256m} and end in a report or a typed error, never out of memory, and quickly. (The
 * full-size inputs, 64 MB of each format, are {@code org.xxgk.bench.LargeInputs} in examples.)
 */
class LargeHtmlMemoryTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    @Test
    void sixtyFourMegabytesOfCopiesOfAPageStopAtTheCellLimitAtOnce() throws IOException {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/002.html")) {
            page = in.readAllBytes();
        }
        Path file = ForkedRead.copies(page, dir.resolve("copies.html"), 64 * MB);
        ForkedRead.Outcome o = ForkedRead.run(file, "256m", 120);
        assertThat(o.result()).as(o.output()).isEqualTo("too-many-cells");
        assertThat(o.millis()).as("ms").isLessThan(20_000);
    }

    @Test
    void twentyMegabytesOfParagraphsAreReadWithin256Megabytes() throws IOException {
        Path file = dir.resolve("prose.html");
        Random random = new Random(13);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<html><head><meta charset=\"utf-8\"></head><body>\n".getBytes(StandardCharsets.UTF_8));
            StringBuilder p = new StringBuilder();
            for (long size = 0; size < 20 * MB; ) {
                p.setLength(0);
                p.append("<p>");
                for (int i = 0; i < 1000; i++) p.append((char) (0x4E00 + random.nextInt(3000)));
                byte[] bytes = p.append("</p>\n").toString().getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                size += bytes.length;
            }
            out.write("</body></html>\n".getBytes(StandardCharsets.UTF_8));
        }
        ForkedRead.Outcome o = ForkedRead.run(file, "256m", 120);
        assertThat(o.result()).as(o.output()).isEqualTo("not-a-report");
        assertThat(o.millis()).as("ms").isLessThan(30_000);
    }
}
