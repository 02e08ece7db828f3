package org.xxgk.property;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.model.Template;
import org.xxgk.property.SplitOracle.Reading;

import static org.assertj.core.api.Assertions.fail;

/**
 * Property test of the whole reader: random tables that satisfy their form, printed as a whole report
 * in each {@link Layout}, read back through {@link Xxgk#read(java.io.InputStream, String)}, and judged
 * against the truth and against {@link SplitOracle}, the brute-force reading of the same printed digits.
 *
 * <ol>
 *   <li>(i) nothing misfiled: every key the report carries with a value equals the truth (a key the
 *       report does not print counts as misfiled too);</li>
 *   <li>(ii) the template is detected;</li>
 *   <li>(iii) every cell the oracle finds DETERMINED is present with its value, and every AMBIGUOUS
 *       cell is absent.</li>
 * </ol>
 *
 * <p>A read that throws or takes longer than {@value #READ_TIMEOUT_SECONDS} s fails (ii) and (iii); (i) then
 * has nothing to judge. Each property is its own dynamic test per template × layout; its failure
 * message names every failing seed, and prints the first failing case whole (seed, differing keys,
 * rendered text). After the run a profile table (failing cases per property, template and layout)
 * goes to standard output.
 *
 * <p>Seeds are fixed: case {@code i} of template {@code T} and layout {@code L} uses seed
 * {@code 1_000_000·(T+1) + 100_000·(L+1) + i}. Options: {@code -Dxxgk.property.n=40} cases per template ×
 * layout; {@code -Dxxgk.property.case=V2021/a/2100037} runs that one case only (and prints it).
 */
class ReadBackPropertyTest {

    static final List<Template> TEMPLATES = List.of(Template.V2019, Template.V2021, Template.LEGACY);
    static final int N = Integer.getInteger("xxgk.property.n", 40);
    static final String ONLY = System.getProperty("xxgk.property.case", "");
    static final long READ_TIMEOUT_SECONDS = 20;

    /** One generated, rendered, read and judged report. */
    record Case(Template template, Layout layout, long seed, GeneratedReport report, String text,
                Map<String, BigDecimal> truth, Reading oracle, AnnualReport read, Throwable error) {

        String id() {
            return template + "/" + layout.letter + "/" + seed;
        }
    }

    private static final Map<String, List<Case>> CASES = new ConcurrentHashMap<>();
    private static final Map<String, String> PROFILE = new ConcurrentHashMap<>();
    private static ExecutorService reader = newReader();

    private static ExecutorService newReader() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "property-reader");
            t.setDaemon(true);
            return t;
        });
    }

    static long seed(Template t, Layout l, int i) {
        return 1_000_000L * (TEMPLATES.indexOf(t) + 1) + 100_000L * (l.ordinal() + 1) + i;
    }

    @TestFactory
    Stream<DynamicNode> readBack() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Template t : TEMPLATES) {
            for (Layout l : Layout.values()) {
                if (!ONLY.isEmpty() && !ONLY.startsWith(t + "/" + l.letter + "/")) continue;
                String name = t + " × (" + l.letter + ") " + l.name().toLowerCase(java.util.Locale.ROOT);
                nodes.add(DynamicContainer.dynamicContainer(
                        name,
                        Stream.of(
                                DynamicTest.dynamicTest(
                                        "(i) nothing misfiled",
                                        () -> judge(t, l, "(i) nothing misfiled", ReadBackPropertyTest::misfiled)),
                                DynamicTest.dynamicTest(
                                        "(ii) template detected",
                                        () -> judge(t, l, "(ii) template detected", ReadBackPropertyTest::template)),
                                DynamicTest.dynamicTest(
                                        "(iii) determined present, ambiguous absent",
                                        () -> judge(
                                                t,
                                                l,
                                                "(iii) determined present, ambiguous absent",
                                                ReadBackPropertyTest::determined)))));
            }
        }
        return nodes.stream();
    }

    @AfterAll
    static void printProfile() {
        if (PROFILE.isEmpty()) return;
        StringBuilder sb = new StringBuilder("\n=== read-back property profile (failing cases / cases) ===\n");
        PROFILE.keySet().stream().sorted().forEach(k -> sb.append(PROFILE.get(k)).append('\n'));
        System.out.println(sb);
    }

    // ---- cases ----------------------------------------------------------------------------------

    private static List<Case> cases(Template t, Layout l) {
        return CASES.computeIfAbsent(t + "/" + l.letter, k -> {
            long start = System.nanoTime();
            List<Case> out = new ArrayList<>();
            long oracleNanos = 0;
            if (!ONLY.isEmpty()) {
                long seed = Long.parseLong(ONLY.substring(ONLY.lastIndexOf('/') + 1));
                out.add(build(t, l, seed));
            } else {
                for (int i = 0; i < N; i++) out.add(build(t, l, seed(t, l, i)));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            PROFILE.put(
                    k + " time",
                    String.format("%-10s %d cases built, rendered, solved and read in %d ms", k, out.size(), ms));
            if (!ONLY.isEmpty()) System.out.println(describe(out.get(0), List.of()));
            return out;
        });
    }

    static Case build(Template t, Layout l, long seed) {
        GeneratedReport rep = ReportGenerator.generate(t, seed);
        String text = ReportRenderer.render(rep, l);
        Reading oracle = SplitOracle.read(ReportRenderer.tokens(rep, l), rep.kinds(), rep.equations(), rep.atMost());
        AnnualReport read = null;
        Throwable error = null;
        Future<AnnualReport> f = reader.submit(() -> Xxgk.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "property-" + seed + ".txt"));
        try {
            read = f.get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            error = e.getCause();
        } catch (TimeoutException e) {
            f.cancel(true);
            reader.shutdownNow();  // a read that hangs must not hold up the cases after it
            reader = newReader();
            error = new TimeoutException("read took more than " + READ_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = e;
        }
        return new Case(t, l, seed, rep, text, rep.truth(), oracle, read, error);
    }

    // ---- the properties -------------------------------------------------------------------------

    /** (i): every value the reader files equals the truth; a key the report does not print is misfiled too. */
    static List<String> misfiled(Case c) {
        List<String> out = new ArrayList<>();
        if (c.read() == null) return out;
        for (Map.Entry<String, CellValue> e : c.read().cells().entrySet()) {
            Optional<BigDecimal> v = e.getValue().value();
            if (v.isEmpty()) continue;
            BigDecimal truth = c.truth().get(e.getKey());
            if (truth == null) {
                out.add(e.getKey() + ": read " + v.get().toPlainString() + " (raw '"
                        + e.getValue().raw() + "'), but the report prints no such cell");
            } else if (truth.compareTo(v.get()) != 0) {
                out.add(e.getKey() + ": read " + v.get().toPlainString() + " (raw '"
                        + e.getValue().raw() + "'), truth " + truth.toPlainString() + oracleNote(c, e.getKey()));
            }
        }
        return out;
    }

    /** (ii): the template is the one generated. */
    static List<String> template(Case c) {
        if (c.read() == null) return List.of("read threw " + c.error());
        if (c.read().template() == c.template()) return List.of();
        return List.of("template " + c.read().template() + ", expected " + c.template() + "; evidence "
                + c.read().templateEvidence());
    }

    /** (iii): DETERMINED cells present with their value, AMBIGUOUS cells absent. */
    static List<String> determined(Case c) {
        if (c.read() == null) return List.of("read threw " + c.error());
        List<String> out = new ArrayList<>();
        for (String key : c.truth().keySet()) {
            SortedSet<BigDecimal> values = c.oracle().values().get(key);
            Optional<BigDecimal> read = c.read().value(key);
            if (values.size() == 1) {
                BigDecimal v = values.first();
                if (read.isEmpty()) out.add(key + ": DETERMINED " + v.toPlainString() + ", read absent");
                else if (read.get().compareTo(v) != 0)
                    out.add(key + ": DETERMINED " + v.toPlainString() + ", read "
                            + read.get().toPlainString());
            } else if (read.isPresent()) {
                out.add(key + ": AMBIGUOUS " + show(values) + ", read "
                        + read.get().toPlainString()
                        + (read.get().compareTo(c.truth().get(key)) == 0
                                ? " (the true one, by luck)"
                                : " (not the truth " + c.truth().get(key).toPlainString() + ")"));
            }
        }
        return out;
    }

    private static String oracleNote(Case c, String key) {
        SortedSet<BigDecimal> values = c.oracle().values().get(key);
        return values.size() == 1 ? " [oracle: DETERMINED]" : " [oracle: AMBIGUOUS " + show(values) + "]";
    }

    private static String show(SortedSet<BigDecimal> values) {
        String s = values.stream().limit(6).map(BigDecimal::toPlainString).collect(Collectors.joining(", ", "{", ""));
        return s + (values.size() > 6 ? ", … (" + values.size() + ")}" : "}");
    }

    // ---- judging and reporting ------------------------------------------------------------------

    private static void judge(Template t, Layout l, String property, Function<Case, List<String>> check) {
        List<Case> cases = cases(t, l);
        List<Case> failing = new ArrayList<>();
        List<List<String>> diffs = new ArrayList<>();
        for (Case c : cases) {
            List<String> d = check.apply(c);
            if (!d.isEmpty()) {
                failing.add(c);
                diffs.add(d);
            }
        }
        String combo = t + "/" + l.letter;
        PROFILE.put(
                combo + " " + property,
                String.format("%-10s %-45s %3d / %d", combo, property, failing.size(), cases.size()));
        if (failing.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        sb.append(property)
                .append(" fails for ")
                .append(failing.size())
                .append(" of ")
                .append(cases.size())
                .append(" cases of ")
                .append(t)
                .append(" × layout (")
                .append(l.letter)
                .append(") ")
                .append(l.name())
                .append('\n');
        sb.append("failing seeds: ")
                .append(failing.stream().map(c -> Long.toString(c.seed())).collect(Collectors.joining(", ")))
                .append('\n');
        sb.append('\n').append(describe(failing.get(0), diffs.get(0)));
        int shown = 0;
        for (int i = 1; i < failing.size() && shown < 8; i++, shown++) {
            List<String> d = diffs.get(i);
            sb.append("\nseed ")
                    .append(failing.get(i).seed())
                    .append(": ")
                    .append(d.size())
                    .append(" differing key(s), e.g.\n");
            d.stream().limit(4).forEach(x -> sb.append("    ").append(x).append('\n'));
        }
        fail(sb.toString());
    }

    static String describe(Case c, List<String> diffs) {
        StringBuilder sb = new StringBuilder();
        sb.append("case ").append(c.id()).append("   (rerun alone: -Dxxgk.property.case=").append(c.id()).append(")\n");
        if (c.error() != null) sb.append("read threw: ").append(c.error()).append('\n');
        if (c.read() != null) {
            sb.append("template read: ")
                    .append(c.read().template())
                    .append("; warnings: ")
                    .append(c.read().warnings().stream()
                            .map(w -> w.code().code())
                            .distinct()
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        sb.append("oracle: ")
                .append(c.oracle().values().size())
                .append(" cells, ambiguous: ")
                .append(c.oracle().ambiguous())
                .append('\n');
        if (!diffs.isEmpty()) {
            sb.append("differing keys (").append(diffs.size()).append("):\n");
            diffs.forEach(d -> sb.append("    ").append(d).append('\n'));
        }
        sb.append("rendered text:\n-----8<-----\n").append(c.text()).append("-----8<-----\n");
        return sb.toString();
    }
}
