package org.xxgk.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.xxgk.Xxgk;
import org.xxgk.check.Finding;
import org.xxgk.check.ReportDigest;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellValue;
import org.xxgk.model.ReportSection;

/**
 * Two reports side by side, normally one agency in consecutive years: every cell either prints with
 * its old and new value, change and change in per cent; the cross-year rules' findings on the pair;
 * and each text section's similarity to last year's.
 *
 * @param old      the earlier report
 * @param now      the later report
 * @param cells    every key either report prints, in {@code cells.md} order
 * @param findings the findings of the cross-report rules on the pair (CROSS_YEAR_CARRY, CROSS_YEAR_PREVIOUS,
 * DUPLICATE_TEXT)
 * @param sections each section number either report has, with its similarity
 * @param notes    what makes the pair unusual (different agencies, years not consecutive), for people
 */
record Comparison(
        AnnualReport old,
        AnnualReport now,
        List<CellChange> cells,
        List<Finding> findings,
        List<SectionSimilarity> sections,
        List<String> notes) {

    /** The similarity from which two sections count as near-identical, as the DUPLICATE_TEXT rule has it. */
    static final double NEAR_IDENTICAL = 0.9;
    /** Normalised texts shorter than this (a bare 无) say too little to be compared, as the rule has it. */
    static final int MIN_LENGTH = 40;
    private static final int SHINGLE = 5;
    private static final Pattern NOT_CONTENT = Pattern.compile("[\\s\\p{P}\\p{S}]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    Comparison {
        cells = List.copyOf(cells);
        findings = List.copyOf(findings);
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    /** Where a key is printed. */
    enum Presence { BOTH, OLD_ONLY, NEW_ONLY }

    /**
     * One key of either report.
     *
     * @param change  new − old, when both have a value
     * @param percent the change in per cent of |old|, one decimal, when both have a value and old is not 0
     */
    record CellChange(String key, String label, Presence presence, Optional<CellValue> old, Optional<CellValue> now,
                      Optional<BigDecimal> change, Optional<BigDecimal> percent) {

        Optional<BigDecimal> oldValue() {
            return old.flatMap(CellValue::value);
        }

        Optional<BigDecimal> newValue() {
            return now.flatMap(CellValue::value);
        }

        /** {@code changed}, {@code same}, {@code blank} (one side blank), {@code old-only}, {@code new-only}. */
        String status() {
            return switch (presence) {
                case OLD_ONLY -> "old-only";
                case NEW_ONLY -> "new-only";
                default -> change.isPresent()
                        ? (change.get().signum() == 0 ? "same" : "changed")
                        : (oldValue().isEmpty() && newValue().isEmpty() ? "same" : "blank");
            };
        }
    }

    /**
     * One numbered section.
     *
     * @param similarity shingle Jaccard of the normalised texts (NFKC, no spaces or punctuation, numbers as 0); empty
     *                   when a side lacks the section or is too short to compare
     */
    record SectionSimilarity(int number, String oldHeading, String newHeading, Optional<BigDecimal> similarity) {
        boolean nearIdentical() {
            return similarity.isPresent() && similarity.get().doubleValue() >= NEAR_IDENTICAL;
        }
    }

    static Comparison of(AnnualReport old, AnnualReport now) {
        Set<String> keys = new TreeSet<>(CellCatalog.keyOrder());
        keys.addAll(old.cells().keySet());
        keys.addAll(now.cells().keySet());
        List<CellChange> cells = new ArrayList<>();
        for (String key : keys) {
            Optional<CellValue> o = old.cell(key);
            Optional<CellValue> n = now.cell(key);
            Presence presence = o.isPresent() && n.isPresent()
                    ? Presence.BOTH
                    : o.isPresent() ? Presence.OLD_ONLY : Presence.NEW_ONLY;
            Optional<BigDecimal> change = Optional.empty();
            Optional<BigDecimal> percent = Optional.empty();
            Optional<BigDecimal> ov = o.flatMap(CellValue::value);
            Optional<BigDecimal> nv = n.flatMap(CellValue::value);
            if (ov.isPresent() && nv.isPresent()) {
                change = Optional.of(nv.get().subtract(ov.get()));
                if (ov.get().signum() != 0) {
                    percent = Optional.of(change.get()
                            .multiply(BigDecimal.valueOf(100))
                            .divide(ov.get().abs(), 1, RoundingMode.HALF_UP));
                }
            }
            String label = now.labels().getOrDefault(key, old.labels().getOrDefault(key, ""));
            cells.add(new CellChange(key, label, presence, o, n, change, percent));
        }

        List<Finding> findings = Xxgk.checkAcross(List.of(ReportDigest.of(old), ReportDigest.of(now)));

        Set<Integer> numbers = new TreeSet<>();
        old.sections().forEach(s -> numbers.add(s.number()));
        now.sections().forEach(s -> numbers.add(s.number()));
        List<SectionSimilarity> sections = new ArrayList<>();
        for (int number : numbers) {
            Optional<ReportSection> a = old.section(number);
            Optional<ReportSection> b = now.section(number);
            Optional<BigDecimal> similarity = Optional.empty();
            if (a.isPresent() && b.isPresent()) {
                String x = normalise(a.get().text());
                String y = normalise(b.get().text());
                if (x.length() >= MIN_LENGTH && y.length() >= MIN_LENGTH) {
                    similarity = Optional.of(BigDecimal.valueOf(jaccard(shingles(x), shingles(y)))
                            .setScale(3, RoundingMode.HALF_UP));
                }
            }
            sections.add(new SectionSimilarity(number, a.map(ReportSection::heading).orElse(""),
                    b.map(ReportSection::heading).orElse(""), similarity));
        }

        List<String> notes = new ArrayList<>();
        if (!old.agency().equals(now.agency())) {
            notes.add("两份报告的机关不同 / the reports name different agencies: "
                    + old.agency().orElse("?") + " / " + now.agency().orElse("?"));
        }
        if (old.year().isEmpty() || now.year().isEmpty()) {
            notes.add("至少一份报告的年度不明,跨年度规则不适用 / a report's year is unknown: the cross-year rules cannot pair them");
        } else if (now.year().getAsInt() != old.year().getAsInt() + 1) {
            notes.add("年度不相邻 / the years are not consecutive: " + old.year().getAsInt() + " → "
                    + now.year().getAsInt());
        }
        if (old.template() != now.template()) {
            notes.add("表格格式不同 / the templates differ: " + old.template() + " → " + now.template());
        }
        return new Comparison(old, now, cells, findings, sections, notes);
    }

    /** The keys only one report prints. */
    List<String> onlyIn(Presence presence) {
        return cells.stream().filter(c -> c.presence() == presence).map(CellChange::key).toList();
    }

    /** NFKC, without spaces and punctuation, every number as 0: as the DUPLICATE_TEXT rule compares texts. */
    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return DIGITS.matcher(NOT_CONTENT.matcher(nfkc).replaceAll("")).replaceAll("0");
    }

    private static Set<String> shingles(String text) {
        Set<String> set = new HashSet<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i + SHINGLE <= cps.length; i++) set.add(new String(cps, i, SHINGLE));
        return set;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1.0;
        int common = 0;
        for (String s : a) if (b.contains(s)) common++;
        return (double) common / (a.size() + b.size() - common);
    }
}
