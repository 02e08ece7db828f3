package org.xxgk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the tool in this JVM and captures what it prints. */
public record Cli(int exitCode, String out, String err) {

    public static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // ISO-8859-1 streams: the tool must write UTF-8 bytes whatever the stream's own charset
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of stderr. */
    public String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
