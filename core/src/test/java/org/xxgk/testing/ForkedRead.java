package org.xxgk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.xxgk.Xxgk;
import org.xxgk.XxgkException;
import org.xxgk.model.AnnualReport;

/**
 * Reads one file with {@code Xxgk.read} in a JVM of its own, with a given heap: the memory tests
 * show that the largest inputs the default limits admit are read within the heap the README asks
 * for per thread (a report, or a typed limit error; never {@code OutOfMemoryError}). The child
 * runs with this JVM's class path (core's test jar carries it to the other modules).
 */
public final class ForkedRead {

    /**
     * What the child printed: {@code read TEMPLATE} or the reason code of the {@link XxgkException}
     * it got, or {@code out-of-memory}; and how long the child ran, JVM start included.
     */
    public record Outcome(String result, long millis, int exitCode, String output) {}

    private ForkedRead() {}

    /** Reads {@code file} in a child JVM with {@code -Xmx<heap>}; gives up after {@code timeoutSeconds}. */
    public static Outcome run(Path file, String heap, long timeoutSeconds) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx" + heap,
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                ForkedRead.class.getName(),
                file.toString());
        try {
            Path out = Files.createTempFile("forked-read-", ".out");
            try {
                long start = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    return new Outcome(
                            "timeout",
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                            -1,
                            Files.readString(out));
                }
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                String output = Files.readString(out, StandardCharsets.UTF_8);
                List<String> lines = output.lines().toList();
                String result = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                return new Outcome(result, millis, p.exitValue(), output);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes whole copies of {@code one} to {@code file} up to {@code bytes}. */
    public static Path copies(byte[] one, Path file, long bytes) {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = bytes / one.length; n > 0; n--) out.write(one);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The child: one read, its outcome as the last line of standard output. */
    public static void main(String[] args) {
        String result;
        try {
            AnnualReport r = Xxgk.read(Path.of(args[0]));
            result = "read " + r.template();
        } catch (XxgkException e) {
            result = e.reason().code();
        } catch (OutOfMemoryError e) {
            result = "out-of-memory";
        }
        System.out.println(result);
    }
}
