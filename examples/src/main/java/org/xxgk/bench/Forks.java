package org.xxgk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.cli.Main;

/**
 * The bench's measurement in JVMs of its own, one after the other, as JMH forks: the JIT does not compile the same
 * code alike in every JVM (a loop over the sample texts settled at 450 µs a report in one JVM and 650 in another), so
 * the median of several JVMs' figures is the steadier one.
 */
final class Forks {

    /** A figure of the summary line: its name, its number and what follows the number ({@code /s}, {@code us}). */
    private static final Pattern FIGURE = Pattern.compile("([^\\s=]+)=(\\d+(?:\\.\\d+)?)(\\S*)");

    private Forks() {}

    /**
     * Runs {@code bench} with {@code arguments} in {@code forks} JVMs, with this JVM's options, and returns the last
     * line of each (its summary).
     */
    static List<String> run(int forks, List<String> arguments) throws IOException {
        List<String> lines = new ArrayList<>();
        Path log = Files.createTempFile("xxgk-bench-fork", ".log");
        try {
            for (int i = 0; i < forks; i++) {
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench"));
                command.addAll(arguments);
                Process process = BatchProcess.awaitExit(new ProcessBuilder(command)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .redirectOutput(log.toFile())
                        .start(), "a bench fork");
                List<String> out = Files.readAllLines(log, StandardCharsets.UTF_8);
                if (process.exitValue() != Main.OK || out.isEmpty()) {
                    throw new IOException("a bench fork failed (exit " + process.exitValue() + "): "
                            + String.join(" / ", out));
                }
                lines.add(out.get(out.size() - 1));
            }
        } finally {
            Files.deleteIfExists(log);
        }
        return lines;
    }

    /**
     * The summary line of the medians of {@code lines}' figures, in the first line's order; a figure that some line
     * lacks or does not state as a number ({@code n/a}) is given as the first line gives it.
     */
    static String medians(List<String> lines) {
        Map<String, List<Double>> numbers = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, String> asFirst = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String pair : lines.get(i).trim().split("\\s+")) {
                int eq = pair.indexOf('=');
                if (eq < 0) continue;
                String name = pair.substring(0, eq);
                if (i == 0) asFirst.put(name, pair);
                Matcher m = FIGURE.matcher(pair);
                if (!m.matches()) continue;
                numbers.computeIfAbsent(name, k -> new ArrayList<>()).add(Double.parseDouble(m.group(2)));
                units.putIfAbsent(name, m.group(3));
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> first : asFirst.entrySet()) {
            List<Double> values = numbers.get(first.getKey());
            if (values == null || values.size() != lines.size()) {
                out.add(first.getValue());
                continue;
            }
            String printed = first.getValue().substring(first.getKey().length() + 1);
            int decimals = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1
                    - units.get(first.getKey()).length() : 0;
            double median = BatchProcess.median(values.stream().mapToDouble(Double::doubleValue).toArray());
            out.add(first.getKey() + "=" + String.format(Locale.ROOT, "%." + decimals + "f", median)
                    + units.get(first.getKey()));
        }
        return String.join(" ", out);
    }
}
