package org.xxgk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The tool in a JVM of its own, as a user starts it: for what a test cannot do in its own JVM
 * (kill it with SIGKILL, run it under another locale). The class path is the test's own.
 */
public final class Fork implements AutoCloseable {

    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder err = new StringBuilder();
    private final Thread pump;

    private Fork(Process process) {
        this.process = process;
        this.pump = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            synchronized (err) {
                                err.append(line).append('\n');
                            }
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        // the process is gone
                    } finally {
                        lines.add(END);
                    }
                },
                "fork-stderr");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Starts {@code java [jvmOptions] org.xxgk.cli.Main args} in {@code dir}, with the environment
     * changed by {@code environment}; stdout is discarded, stderr collected.
     */
    public static Fork start(
            Path dir, Consumer<Map<String, String>> environment, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        environment.accept(builder.environment());
        try {
            return new Fork(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line of stderr that contains {@code text}; fails when the process ends first or time runs out. */
    public String await(String text, Duration timeout) throws InterruptedException {
        return await(Pattern.compile(Pattern.quote(text)), timeout);
    }

    /** Waits for a line of stderr in which {@code pattern} is found. */
    public String await(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null)
                throw new AssertionError("no '" + pattern + "' within " + timeout + "; stderr:\n" + err());
            if (line.equals(END))
                throw new AssertionError("the process ended before '" + pattern + "'; stderr:\n" + err());
            if (pattern.matcher(line).find()) return line;
        }
    }

    /** SIGKILL (on Unix, {@link Process#destroyForcibly} is {@code kill -9}), and wait for it to die. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        pump.join(10_000);
    }

    /** Waits for the process to end; its exit code. */
    public int exit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + timeout + "; stderr:\n" + err());
        }
        pump.join(10_000);
        return process.exitValue();
    }

    public String err() {
        synchronized (err) {
            return err.toString();
        }
    }

    /** Kills the process if it still runs (a test that failed half-way). */
    @Override
    public void close() {
        if (!process.isAlive()) return;
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
