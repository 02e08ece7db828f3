package org.xxgk;

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
 * A worker thread needs 256 MB of heap (README, Limits): large texts are read in a child JVM with
 * {@code -Xmx256m} and end in a report or a typed limit error, never out of memory, and quickly.
 * (The full-size inputs, 64 MB of each format, are {@code org.xxgk.bench.LargeInputs} in examples.)
 */
class LargeTextMemoryTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = LargeTextMemoryTest.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void twentyMegabytesOfCopiesOfAReportStopAtTheCellLimitWithin256Megabytes() throws IOException {
        Path file = ForkedRead.copies(seed("000_5657be0d32f901c0.txt"), dir.resolve("copies.txt"), 20 * MB);
        ForkedRead.Outcome o = ForkedRead.run(file, "256m", 120);
        assertThat(o.result()).as(o.output()).isEqualTo("too-many-cells");
        assertThat(o.exitCode()).isZero();
        assertThat(o.millis()).as("ms").isLessThan(30_000);
    }

    @Test
    void aReportThenTwentyMegabytesOfProseIsReadWithin256Megabytes() throws IOException {
        Path file = dir.resolve("prose.txt");
        Random random = new Random(13);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(seed("000_5657be0d32f901c0.txt"));
            StringBuilder line = new StringBuilder();
            for (long size = 0; size < 20 * MB; ) {
                line.setLength(0);
                for (int i = 0; i < 1000; i++) line.append((char) (0x4E00 + random.nextInt(3000)));
                byte[] bytes = line.append('\n').toString().getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                size += bytes.length;
            }
        }
        ForkedRead.Outcome o = ForkedRead.run(file, "256m", 120);
        assertThat(o.result()).as(o.output()).isEqualTo("read V2019");
        assertThat(o.millis()).as("ms").isLessThan(30_000);
    }
}
