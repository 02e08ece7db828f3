package org.xxgk.check;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.model.Template;
import org.xxgk.source.Provenance;

/**
 * The checking of one report: the report, what the formula rules make of it (computed once), the
 * blank totals that {@code MISSING_TOTAL} reports, and how findings are made. One per call, so the
 * checker itself keeps no state.
 */
final class Audit {

    /** A blank total cell whose parts are not all zero, with the first formula that found it. */
    record MissingTotal(String totalKey, Formula formula, BigDecimal partsSum) {}

    private final AnnualReport report;
    private final List<Rule> rules;
    private final Map<String, Formulas> formulas = new HashMap<>();
    private LegacyTable legacy;
    private Map<String, MissingTotal> missingTotals;
    private MessageDigest identityDigest;

    Audit(AnnualReport report, List<Rule> rules) {
        this.report = report;
        this.rules = rules;
    }

    AnnualReport report() {
        return report;
    }

    /** The LEGACY table of the report, indexed by label. */
    LegacyTable legacy() {
        if (legacy == null) legacy = LegacyTable.of(report);
        return legacy;
    }

    Optional<BigDecimal> value(String key) {
        return report.value(key);
    }

    boolean present(String key) {
        return report.value(key).isPresent();
    }

    /** The formula instances of a formula rule, made once per report. */
    Formulas formulas(Rule rule) {
        return formulas.computeIfAbsent(rule.id(), id -> ((Rule.FormulaCheck) rule.check()).formulas().apply(this));
    }

    /**
     * The blank totals with non-zero parts over every formula rule that applies, in rule order then
     * formula order; the first formula to read a blank total names it, later ones only skip it.
     */
    Map<String, MissingTotal> missingTotals() {
        if (missingTotals == null) {
            Map<String, MissingTotal> found = new LinkedHashMap<>();
            for (Rule rule : rules) {
                if (!(rule.check() instanceof Rule.FormulaCheck) || !rule.appliesTo(report.template())) continue;
                for (Formula f : formulas(rule).formulas()) {
                    if (f.totalCell().isEmpty()) continue;
                    String total = f.totalCell().get();
                    if (!present(total) && partsNonZero(f) && !found.containsKey(total)) {
                        found.put(total, new MissingTotal(total, f, sum(f.parts())));
                    }
                }
            }
            missingTotals = found;
        }
        return missingTotals;
    }

    private boolean partsNonZero(Formula f) {
        for (String part : f.parts()) {
            Optional<BigDecimal> v = value(part);
            if (v.isPresent() && v.get().signum() != 0) return true;
        }
        return false;
    }

    /**
     * Evaluates a formula rule's instances. Absent cells count as 0 beside a present one; an
     * instance whose parts are all absent is skipped, and so is one that reads a blank total
     * {@code MISSING_TOTAL} reports (nothing reads that blank as 0).
     */
    List<Finding> evaluate(Rule rule) {
        List<Finding> out = new ArrayList<>();
        Formulas made = formulas(rule);
        for (Formulas.Lack lack : made.lacks()) out.add(lacking(rule, lack.itemZh(), lack.itemEn()));
        Map<String, MissingTotal> missing = missingTotals();
        for (Formula f : made.formulas()) {
            if (!anyPresent(f.parts()) || readsAny(f, missing)) continue;
            BigDecimal expected = sum(f.parts());
            BigDecimal actual = sum(f.totals());
            if (expected.compareTo(actual) == 0) continue;
            out.add(finding(rule, rule.severity(), f.keys(), Optional.of(expected), Optional.of(actual),
                    f.whereZh() + ":各项合计 " + plain(expected) + ",总计 " + plain(actual),
                    f.whereEn() + ": parts give " + plain(expected) + ", printed " + plain(actual)));
        }
        return out;
    }

    private boolean anyPresent(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) if (present(keys.get(i))) return true;
        return false;
    }

    private static boolean readsAny(Formula f, Map<String, MissingTotal> missing) {
        if (missing.isEmpty()) return false;
        for (String key : f.keys()) if (missing.containsKey(key)) return true;
        return false;
    }

    /** Σ of the present values (0 when none is). */
    BigDecimal sum(List<String> keys) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < keys.size(); i++) sum = sum.add(value(keys.get(i)).orElse(BigDecimal.ZERO));
        return sum;
    }

    /** A finding on this report's cells. */
    Finding finding(Rule rule, Severity severity, List<String> keys, Optional<BigDecimal> expected,
                    Optional<BigDecimal> actual, String detailZh, String detailEn) {
        return finding(rule, severity, keys, expected, actual, detailZh, detailEn, "");
    }

    /**
     * A finding; {@code discriminator} tells apart findings of one rule that read no cells (it joins
     * the fingerprint only when non-empty).
     */
    Finding finding(Rule rule, Severity severity, List<String> keys, Optional<BigDecimal> expected,
                    Optional<BigDecimal> actual, String detailZh, String detailEn, String discriminator) {
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        for (String key : keys) report.cell(key).map(CellValue::provenance).ifPresent(p -> provenance.put(key, p));
        return new Finding(report.source(), rule.id(), severity,
                rule.titleZh() + "。" + detailZh, rule.titleEn() + ". " + detailEn,
                keys, expected, actual, provenance,
                fingerprint(rule.id(), keys, discriminator));
    }

    /**
     * {@link #fingerprint(List, String, List, String)} of this report's identity: the digest of the identity (its
     * UTF-8 and the separator after it, the same for every finding) is taken once and carried on for each finding.
     */
    private String fingerprint(String rule, List<String> keys, String discriminator) {
        if (identityDigest == null) {
            identityDigest = sha256();
            identityDigest.update((identity(report) + '\u0000').getBytes(StandardCharsets.UTF_8));
        }
        try {
            MessageDigest digest = (MessageDigest) identityDigest.clone();
            digest.update(afterIdentities(rule, keys, discriminator).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (CloneNotSupportedException e) {
            return fingerprint(List.of(identity(report)), rule, keys, discriminator);
        }
    }

    /** The INFO finding of a rule that could not run because the report lacks an item it needs. */
    Finding lacking(Rule rule, String itemZh, String itemEn) {
        return finding(rule, Severity.INFO, List.of(), Optional.empty(), Optional.empty(),
                "报告缺少所需统计项「" + itemZh + "」,未检查", "the report lacks " + itemEn + ", not checked",
                "lacks " + itemZh);
    }

    /** The source identity a fingerprint hashes: agency|year|template|source. */
    static String identity(AnnualReport report) {
        return identity(report.source(), report.agency(), report.year(), report.template());
    }

    /** The one formula of a source identity, for a report and for its {@link ReportDigest} alike. */
    static String identity(String source, Optional<String> agency, OptionalInt year, Template template) {
        return agency.orElse("") + "|" + (year.isPresent() ? Integer.toString(year.getAsInt()) : "") + "|"
                + template.name() + "|" + source;
    }

    /** Hex SHA-256 of the identities, the rule id, the keys and (when non-empty) the discriminator. */
    static String fingerprint(List<String> identities, String rule, List<String> keys, String discriminator) {
        String text = String.join("\n", identities) + '\u0000' + afterIdentities(rule, keys, discriminator);
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** What a fingerprint hashes after the identities and their separator. */
    private static String afterIdentities(String rule, List<String> keys, String discriminator) {
        StringBuilder text = new StringBuilder().append(rule).append('\u0000').append(String.join(",", keys));
        if (!discriminator.isEmpty()) text.append('\u0000').append(discriminator);
        return text.toString();
    }

    /** A SHA-256 digest made once; each fingerprint takes a copy (cheaper than a provider lookup a finding). */
    private static final MessageDigest SHA_256 = newSha256();

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
