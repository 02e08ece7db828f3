package org.xxgk.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium, headless, for the tests that need a real browser. CI ({@code .ci/run} sets {@code
 * XXGK_REQUIRE_BROWSER=1} and installs chromium) fails such a test when there is no browser; elsewhere it is skipped
 * then. {@code XXGK_CHROMIUM} names another binary.
 */
public final class Chromium {

    public static final Path BINARY = Path.of(System.getenv().getOrDefault("XXGK_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars");
    private static final long TIMEOUT_SECONDS = 25;

    private Chromium() {}

    /** Fails (on CI) or skips the test when there is no browser. */
    public static void require() {
        if (Files.isExecutable(BINARY)) return;
        boolean required = "1".equals(System.getenv("XXGK_REQUIRE_BROWSER")) || System.getenv("CI") != null;
        if (required)
            fail("no browser at " + BINARY + ": CI installs Debian's chromium (.ci/run) and this test must run there");
        Assumptions.abort("no browser at " + BINARY + " (install Debian's chromium, or set XXGK_CHROMIUM)");
    }

    /** Runs chromium with a fresh profile under {@code work}; empty, or what went wrong. */
    public static String run(Path work, List<String> args, Path stdout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(BINARY.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + Files.createTempDirectory(work, "profile"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.redirectOutput(
                stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            return "chromium did not finish within " + TIMEOUT_SECONDS + " s";
        }
        return process.exitValue() == 0 ? "" : "chromium exited with " + process.exitValue();
    }

    /** Prints the page to {@code pdf} as a user's "print to PDF" does (no header or footer lines). */
    public static void print(Path work, Path page, Path pdf) throws IOException, InterruptedException {
        String error = run(work, List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()),
                null);
        if (!error.isEmpty() || !Files.exists(pdf)) throw new AssertionError(page + ": " + error);
    }
}
