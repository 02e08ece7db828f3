package org.xxgk.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;

/**
 * The labelled ground truth of one report, cell by cell, and the comparisons of
 * {@code shared/tools/score.py}: what a read report gets right, and which of its values are
 * misfiled (a number under a key where the report prints another number, or none at all).
 *
 * <p>Loads both label formats: the real-report labels of {@code real/NNN.json} ({@code cells},
 * {@code ambiguousInText}, LEGACY {@code labels} as key to label) and the golden files of
 * {@code golden/*.json} ({@code legacyLabels} as key to {@code {"label": …}}). {@code null} cells
 * are blank; a missing key and a blank cell count alike.
 *
 * @param name            what the label describes, for messages (e.g. {@code real/006})
 * @param template        the template name ({@code V2019}, {@code V2021}, {@code LEGACY})
 * @param year            the statistical year, if known
 * @param cells           every labelled key; {@code null} values are blank cells
 * @param ambiguousInText keys whose value the plain text cannot settle: from a text file, absent is right too
 * @param labels          LEGACY key to printed label
 */
public record RealLabel(String name, String template, Integer year, Map<String, BigDecimal> cells,
                        Set<String> ambiguousInText, Map<String, String> labels) {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^(其中[:：]?)?([0-9]+[.、]|\\(?[一二三四五六七八九十]+[)、])*");

    /** The ids of the real reports with a text copy in {@code real/}. */
    public static final List<String> REAL_IDS = List.of("001", "002", "006", "008", "014", "017", "030");

    /** The label {@code /real/<id>.json} from the test class path. */
    public static RealLabel real(String id) {
        return load("/real/" + id + ".json", "real/" + id);
    }

    /** A label or golden file from the test class path. */
    public static RealLabel load(String resource, String name) {
        try (InputStream in = RealLabel.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return of(MAPPER.readTree(in), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A golden file's template, year and cells. */
    public static RealLabel of(Golden golden) {
        return of(golden.json(), "golden/" + golden.id());
    }

    static RealLabel of(JsonNode root, String name) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        root.get("cells")
                .properties()
                .forEach(e -> cells.put(
                        e.getKey(), e.getValue().isNull() ? null : e.getValue().decimalValue()));
        Set<String> doubt = new LinkedHashSet<>();
        root.path("ambiguousInText").forEach(k -> doubt.add(k.asText()));
        Map<String, String> labels = new LinkedHashMap<>();
        root.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        root.path("legacyLabels")
                .properties()
                .forEach(e -> labels.put(e.getKey(), e.getValue().path("label").asText()));
        JsonNode year = root.path("year");
        return new RealLabel(
                name,
                root.path("template").asText(null),
                year.isNumber() ? year.asInt() : null,
                Collections.unmodifiableMap(cells),
                Collections.unmodifiableSet(doubt),
                Collections.unmodifiableMap(labels));
    }

    public boolean isLegacy() {
        return "LEGACY".equals(template);
    }

    /** What went wrong with one key. */
    public enum Kind {
        /** the label has a value, the report none */
        MISSING,
        /** both have a value, and they differ: misfiled */
        WRONG_VALUE,
        /** the label says blank (or has no such key), the report has a value: misfiled */
        UNEXPECTED_VALUE,
        /** a label-keyed LEGACY cell ({@code legacy.<label>}) whose label the report does not print */
        LABEL_NOT_FOUND
    }

    /**
     * One key the report gets wrong.
     *
     * @param key       the label's key
     * @param reportKey the report's key it maps to (the same except for label-keyed LEGACY cells)
     * @param expected  the label's value; empty for a blank cell or a key the label lacks
     * @param actual    the report's value; empty when absent or blank
     * @param where     where the report read it
     */
    public record Mismatch(Kind kind, String key, String reportKey, Optional<BigDecimal> expected,
                           Optional<BigDecimal> actual, String where) {

        /** A value filed where the report prints another or none: the worst failure. */
        public boolean misfiled() {
            return actual.isPresent();
        }

        @Override
        public String toString() {
            String k = key.equals(reportKey) || reportKey == null ? key : key + " (as " + reportKey + ")";
            return k + ": expected " + expected.map(BigDecimal::toPlainString).orElse("blank/absent") + ", got "
                    + actual.map(BigDecimal::toPlainString).orElse("absent") + " [" + kind + "; " + where + "]";
        }
    }

    /**
     * The comparison of one report with its label.
     *
     * @param source     the report's source name
     * @param right      labelled cells counted right
     * @param total      labelled cells
     * @param mismatches every wrong key, labelled ones first, then values under keys the label lacks
     */
    public record Score(String source, int right, int total, List<Mismatch> mismatches) {

        public long misfiled() {
            return mismatches.stream().filter(Mismatch::misfiled).count();
        }

        public String summary() {
            return source + ": cells " + right + "/" + total + ", misfiled " + misfiled();
        }
    }

    /**
     * Exactly {@code score.py}: a labelled cell is right when the report has the same decimal
     * value, or both are blank/absent, or (reading a text copy) the key is in
     * {@code ambiguousInText} and the report leaves it absent; for non-LEGACY reports, a value
     * under a key the label lacks is a mismatch too.
     *
     * @param fromText whether the report was read from a {@code .txt} copy (only then does {@code ambiguousInText}
     * apply)
     */
    public Score score(AnnualReport report, boolean fromText) {
        return compare(report, fromText, !isLegacy());
    }

    /**
     * Every labelled cell must match exactly (no ambiguity allowance), and no key the label lacks
     * may carry a value, whatever the template: the golden-file comparison of cells.
     */
    public Score compareAll(AnnualReport report) {
        return compare(report, false, true);
    }

    /**
     * Only the misfiled values: a key with a value other than its label's (a blank label
     * included), and a value under a key the label lacks, whatever the template. An absent
     * value is never a misfile.
     */
    public List<Mismatch> misfiles(AnnualReport report) {
        return compare(report, false, true).mismatches().stream().filter(Mismatch::misfiled).toList();
    }

    /** Adds the score as soft assertions: one for the summary, one per mismatch. */
    public static void assertScore(SoftAssertions soft, Score score) {
        soft.assertThat(score.right()).as(score.summary()).isEqualTo(score.total());
        for (Mismatch m : score.mismatches()) soft.fail("[" + score.source() + "] " + m);
    }

    /** Adds the misfiles as soft assertions: one for the count, one per misfiled value. */
    public static void assertNoMisfiles(SoftAssertions soft, String source, List<Mismatch> misfiles) {
        soft.assertThat(misfiles.size()).as(source + ": misfiled values").isZero();
        for (Mismatch m : misfiles) soft.fail("[" + source + "] misfiled " + m);
    }

    private Score compare(AnnualReport report, boolean fromText, boolean extras) {
        Map<String, String> byLabel = labelIndex(report);
        Set<String> doubt = fromText ? ambiguousInText : Set.of();
        Set<String> covered = new HashSet<>();
        List<Mismatch> wrong = new ArrayList<>();
        int right = 0;
        for (Map.Entry<String, BigDecimal> e : cells.entrySet()) {
            String key = e.getKey();
            BigDecimal expected = e.getValue();
            String reportKey = reportKey(key, byLabel);
            if (reportKey != null) covered.add(reportKey);
            CellValue cell = reportKey == null ? null : report.cells().get(reportKey);
            Optional<BigDecimal> actual = cell == null ? Optional.empty() : cell.value();
            boolean ok;
            if (reportKey == null) ok = expected == null;
            else ok = expected == null ? actual.isEmpty() : actual.isPresent() && actual.get().compareTo(expected) == 0;
            if (!ok && doubt.contains(key) && actual.isEmpty()) ok = true;
            if (ok) {
                right++;
                continue;
            }
            Kind kind = reportKey == null ? Kind.LABEL_NOT_FOUND
                    : actual.isEmpty() ? Kind.MISSING
                    : expected == null ? Kind.UNEXPECTED_VALUE : Kind.WRONG_VALUE;
            wrong.add(new Mismatch(kind, key, reportKey, Optional.ofNullable(expected), actual, where(report, cell)));
        }
        if (extras) {
            for (CellValue cell : report.cells().values()) {
                if (!covered.contains(cell.key()) && !cells.containsKey(cell.key()) && cell.isPresent()) {
                    wrong.add(new Mismatch(
                            Kind.UNEXPECTED_VALUE,
                            cell.key(),
                            cell.key(),
                            Optional.empty(),
                            cell.value(),
                            "no such cell in the label; " + where(report, cell)));
                }
            }
        }
        return new Score(report.source(), right, cells.size(), List.copyOf(wrong));
    }

    private static String where(AnnualReport report, CellValue cell) {
        if (cell == null) return "not read";
        String label = report.labels().get(cell.key());
        return "read from \"" + cell.raw() + "\" at " + cell.provenance().describe()
                + (label == null ? "" : ", label " + label);
    }

    /**
     * The report's key for a label key: itself, except label-keyed LEGACY cells
     * ({@code legacy.<label>[#历年累计]}) mapped through the report's {@code labels}, as score.py
     * does; {@code null} when the report prints no such label.
     */
    private static String reportKey(String key, Map<String, String> byLabel) {
        if (!key.startsWith("legacy.")) return key;
        boolean numeric = true;
        for (String p : key.substring("legacy.".length()).split("\\.", -1)) {
            if (!p.equals("cumulative") && !(p.length() > 0 && p.chars().allMatch(c -> c >= '0' && c <= '9')))
                numeric = false;
        }
        if (numeric) return key;
        String rest = key.substring("legacy.".length());
        int hash = rest.indexOf('#');
        String label = hash < 0 ? rest : rest.substring(0, hash);
        String k = byLabel.get(coreLabel(label));
        return k == null ? null : hash < 0 ? k : k + ".cumulative";
    }

    private static Map<String, String> labelIndex(AnnualReport report) {
        Map<String, String> index = new HashMap<>();
        report.labels().forEach((k, label) -> {
            if (!k.endsWith(".cumulative")) index.put(coreLabel(label), k);
        });
        return index;
    }

    /** score.py's core_label: NFKC, no whitespace, no 其中 or numbering prefix. */
    static String coreLabel(String label) {
        String t = WHITESPACE.matcher(Normalizer.normalize(label, Normalizer.Form.NFKC)).replaceAll("");
        return LABEL_PREFIX.matcher(t).replaceFirst("");
    }
}
