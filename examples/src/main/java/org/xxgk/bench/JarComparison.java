package org.xxgk.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two builds of xxgk timed in one JVM: each in a class loader of its own (the platform's classes shared, nothing
 * else), both reading the same reports in alternate turns, the first of each pair of turns alternating, each turn
 * timed by the thread's CPU. A slow phase of the machine then falls on both builds of a pair alike, and the median
 * of the pairs' ratios sees a change of a few per cent that separate runs, minutes apart, move by tens of per cent.
 * Only the public API is called ({@code Xxgk.builder().build()}, {@code read}, {@code check}), by reflection, so
 * that any build that has it can be compared.
 */
final class JarComparison {

    private JarComparison() {}

    /** A build that could not be loaded, or whose API is not the one called. */
    static final class UnusableBuild extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableBuild(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One report, in memory. */
    record Report(String name, byte[] content) {}

    /** A build of xxgk loaded in a class loader of its own, and its reader. */
    static final class Build {
        private final Object reader;
        private final Method read;
        private final Method check;

        private Build(Object reader, Method read, Method check) {
            this.reader = reader;
            this.read = read;
            this.check = check;
        }

        /** The build on {@code classPath} (jars or folders, separated as a class path is). */
        static Build load(String classPath) throws UnusableBuild {
            List<URL> urls = new ArrayList<>();
            for (String entry : classPath.split(File.pathSeparator)) {
                if (entry.isEmpty()) continue;
                Path path = Path.of(entry);
                if (!Files.exists(path)) throw new UnusableBuild(entry + ": no such file", null);
                try {
                    urls.add(path.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new UnusableBuild(entry + ": " + e.getMessage(), e);
                }
            }
            if (urls.isEmpty()) throw new UnusableBuild("an empty class path", null);
            // not closed: the build's classes are used until the JVM ends
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            try {
                Object builder = loader.loadClass("org.xxgk.Xxgk").getMethod("builder").invoke(null);
                return of(builder.getClass().getMethod("build").invoke(builder));
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
                throw new UnusableBuild(classPath + ": not a build of xxgk with its reading API (" + e + ")", e);
            } catch (InvocationTargetException e) {
                throw new UnusableBuild(classPath + ": its reader could not be built (" + e.getCause() + ")", e);
            }
        }

        /**
         * A build around its reader: an object with {@code read(byte[] content, String name)} and {@code check(...)}
         * of what {@code read} returns, giving a list of findings.
         */
        static Build of(Object reader) throws NoSuchMethodException {
            Method read = reader.getClass().getMethod("read", byte[].class, String.class);
            return new Build(reader, read, reader.getClass().getMethod("check", read.getReturnType()));
        }

        /**
         * What the build reads in {@code report}: the report and its findings as their {@code toString()} gives them
         * (the model's records print every value); empty where it could not read it.
         */
        Optional<String> reading(Report report) {
            try {
                Object read = this.read.invoke(reader, report.content(), report.name());
                return Optional.of(read + "\n" + check.invoke(reader, read));
            } catch (InvocationTargetException e) {
                return Optional.empty();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Reads and checks every report once; the number of findings, for the sink. */
        long readAll(List<Report> reports) throws InvocationTargetException, IllegalAccessException {
            long findings = 0;
            for (Report report : reports) {
                findings += ((List<?>) check.invoke(reader, read.invoke(reader, report.content(), report.name())))
                        .size();
            }
            return findings;
        }
    }

    /**
     * The two builds' CPU a report over {@code pairs} pairs of turns: each build's median, and the median and
     * quartiles of the pairs' ratios (this build's time over the other's).
     */
    record Figures(int pairs, double thisMicros, double otherMicros, double ratio, double lowerQuartile,
            double upperQuartile) {}

    /** Keeps the JIT from dropping work whose result is never used. */
    private static volatile long sink;

    /**
     * Times {@code self} against {@code other} on {@code reports}: both alternately for {@code warmupNanos} first,
     * then {@code pairs} pairs of turns of at least {@code turnNanos} each.
     */
    static Figures compare(Build self, Build other, List<Report> reports, long warmupNanos, int pairs, long turnNanos)
            throws InvocationTargetException, IllegalAccessException {
        long until = System.nanoTime() + warmupNanos;
        do {
            sink += self.readAll(reports) + other.readAll(reports);
        } while (System.nanoTime() < until);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] selfMicros = new double[pairs];
        double[] otherMicros = new double[pairs];
        double[] ratios = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            boolean selfFirst = pair % 2 == 0;
            double first = turn(selfFirst ? self : other, reports, turnNanos, threads);
            double second = turn(selfFirst ? other : self, reports, turnNanos, threads);
            selfMicros[pair] = selfFirst ? first : second;
            otherMicros[pair] = selfFirst ? second : first;
            ratios[pair] = selfMicros[pair] / otherMicros[pair];
        }
        Arrays.sort(ratios);
        return new Figures(pairs, BatchProcess.median(selfMicros), BatchProcess.median(otherMicros),
                BatchProcess.median(ratios), quantile(ratios, 0.25), quantile(ratios, 0.75));
    }

    /** The thread's CPU a report, in microseconds, over whole rounds of the reports for at least {@code nanos}. */
    private static double turn(Build build, List<Report> reports, long nanos, ThreadMXBean threads)
            throws InvocationTargetException, IllegalAccessException {
        long cpu = threads.getCurrentThreadCpuTime();
        long until = System.nanoTime() + nanos;
        long read = 0;
        do {
            sink += build.readAll(reports);
            read += reports.size();
        } while (System.nanoTime() < until);
        return (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / read;
    }

    /** The value at {@code q} of sorted {@code values}, interpolated between the two nearest. */
    static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /** How two builds read the same reports: the names of those they read differently, and of those both read. */
    record Agreement(List<String> differ, Set<String> readByBoth) {}

    static Agreement agreement(Build self, Build other, List<Report> reports) {
        List<String> differ = new ArrayList<>();
        Set<String> readByBoth = new HashSet<>();
        for (Report report : reports) {
            Optional<String> mine = self.reading(report);
            Optional<String> theirs = other.reading(report);
            if (!mine.equals(theirs)) differ.add(report.name());
            if (mine.isPresent() && theirs.isPresent()) readByBoth.add(report.name());
        }
        return new Agreement(differ, readByBoth);
    }
}
