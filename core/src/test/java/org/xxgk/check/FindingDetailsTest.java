package org.xxgk.check;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.Provenance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a finding carries (keys, values, provenance, fingerprint), the order of findings, and the cross-report rules.
 */
class FindingDetailsTest {

    private final ConsistencyChecker checker = new ConsistencyChecker();

    @Test
    void crossYearCarryComparesEachColumnOfAPairMadeFromOneSeed() {
        AnnualReport y2022 = GoldenReports.of("001");
        AnnualReport y2023 = GoldenReports.builder("001").source("001-2023.txt").year(2023)
                .set("applications.carriedOver.naturalPerson", 3).set("applications.carriedOver.total", 3)
                .set("applications.newlyReceived.naturalPerson", (Integer) null).build();

        List<Finding> cross = checker.check(List.of(y2023, y2022)).stream()
                .filter(f -> f.rule().startsWith("CROSS_"))
                .toList();

        assertThat(cross).extracting(Finding::keys).containsExactly(
                List.of("applications.carriedOver.naturalPerson", "applications.carriedForward.naturalPerson"),
                List.of("applications.carriedOver.total", "applications.carriedForward.total"));
        assertThat(cross).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.source()).isEqualTo("001-2023.txt");
            assertThat(f.expected()).contains(BigDecimal.ZERO);
            assertThat(f.actual()).contains(BigDecimal.valueOf(3));
            assertThat(f.provenance()).containsOnlyKeys(f.keys());
        });
        // one year apart only: 2022 and 2024 are no pair
        AnnualReport y2024 = GoldenReports.builder("001").source("001-2024.txt").year(2024)
                .set("applications.carriedOver.total", 3).build();
        assertThat(checker.check(List.of(y2022, y2024))).noneMatch(f -> f.rule().equals("CROSS_YEAR_CARRY"));
        // another agency's report is no pair either
        AnnualReport other = GoldenReports.builder("001").agency("另一机关").source("x.txt").year(2023)
                .set("applications.carriedOver.total", 3).build();
        assertThat(checker.check(List.of(y2022, other))).noneMatch(f -> f.rule().equals("CROSS_YEAR_CARRY"));
    }

    @Test
    void crossYearPreviousAddsLastYearsChange() {
        AnnualReport y2019 = GoldenReports.builder("003").source("a.txt").year(2019).build();
        AnnualReport y2020 = GoldenReports.builder("003").source("b.txt").build();

        List<Finding> previous = checker.check(List.of(y2019, y2020)).stream()
                .filter(f -> f.rule().equals("CROSS_YEAR_PREVIOUS")).toList();

        // licensing 11246 + 4747, otherServices 15 + 69, penalty 71 + 3; enforcement and fees have no change
        assertThat(previous)
                .extracting(Finding::keys, Finding::expected, Finding::actual)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                List.of("active.licensing.previousYear", "active.licensing.change"),
                                Optional.of(new BigDecimal(15993)),
                                Optional.of(new BigDecimal(11246))),
                        org.assertj.core.groups.Tuple.tuple(
                                List.of("active.otherServices.previousYear", "active.otherServices.change"),
                                Optional.of(new BigDecimal(84)),
                                Optional.of(new BigDecimal(15))),
                        org.assertj.core.groups.Tuple.tuple(
                                List.of("active.penalty.previousYear", "active.penalty.change"),
                                Optional.of(new BigDecimal(74)),
                                Optional.of(new BigDecimal(71))));
    }

    @Test
    void aBlankTotalIsReportedOnceHoweverManyFormulasReadIt() {
        // 003's 三(七) 总计 is read by its row sum, the column sum and the balance
        List<Finding> missing = checker.check(GoldenReports.of("003")).stream()
                .filter(f -> f.rule().equals("MISSING_TOTAL"))
                .toList();
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).keys()).last().isEqualTo("applications.resultTotal.total");
        assertThat(missing.get(0).expected()).contains(BigDecimal.valueOf(2));
        assertThat(missing.get(0).actual()).isEmpty();
    }

    @Test
    void aBlankRowTotalSkipsTheColumnSumThatReadsIt() {
        // 004 with 三(一) 自然人 1 (and 三(七) 自然人 1, 一 自然人 1) but 三(一) 总计 blank
        AnnualReport report = GoldenReports.builder("004")
                .set("applications.granted.naturalPerson", 1).set("applications.granted.total", (Integer) null)
                .set("applications.resultTotal.naturalPerson", 1)
                .set("applications.newlyReceived.naturalPerson", 1).set("applications.newlyReceived.total", 1)
                .build();

        List<Finding> findings = checker.check(report);

        assertThat(findings).filteredOn(f -> f.rule().equals("MISSING_TOTAL")).singleElement()
                .satisfies(f -> assertThat(f.keys()).endsWith("applications.granted.total"));
        // the 总计 column of 三(七) reads the blank: skipped, though 三(七) 总计 is 0
        assertThat(findings).filteredOn(f -> f.rule().equals("APP_RESULT_SUM")).isEmpty();
        // while 三(七)'s own row does not add up: 1 in 自然人, 0 in 总计
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::rule)
                .containsExactly("APP_ROW_SUM", "APP_BALANCE");
    }

    @Test
    void aLegacyItemTheTableLacksSkipsTheRuleWithInfo() {
        // no 收到申请数 at all
        AnnualReport noTotal = GoldenReports.builder("002").remove("legacy.3.1").build();
        assertThat(checker.check(noTotal).stream().filter(f -> f.rule().equals("LEGACY_APP_CHANNELS")))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.messageZh()).contains("收到申请数");
                });
        // one channel alone is no breakdown of the total
        AnnualReport oneChannel = GoldenReports.builder("002")
                .remove("legacy.3.1.2").remove("legacy.3.1.3").remove("legacy.3.1.4").build();
        assertThat(checker.check(oneChannel).stream().filter(f -> f.rule().equals("LEGACY_APP_CHANNELS")))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.messageZh()).contains("收到申请数的分项");
                });
    }

    @Test
    void aTableWithoutAChannelSumsTheChannelsItPrints() {
        // no 传真 row: 收到申请数 is 当面 + 网络 + 信函, 61 + 1 + 297 = 359 as printed
        AnnualReport withoutFax = GoldenReports.builder("002").remove("legacy.3.1.2").build();
        assertThat(checker.check(withoutFax)).noneMatch(f -> f.rule().equals("LEGACY_APP_CHANNELS"));
        List<Finding> off =
                checker
                        .check(GoldenReports.builder("002")
                                .remove("legacy.3.1.2")
                                .set("legacy.3.1", 1)
                                .build())
                        .stream()
                        .filter(f -> f.rule().equals("LEGACY_APP_CHANNELS"))
                        .toList();
        assertThat(off).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.keys()).containsExactly("legacy.3.1", "legacy.3.1.1", "legacy.3.1.3", "legacy.3.1.4");
            assertThat(f.expected()).contains(BigDecimal.valueOf(359));
        });
    }

    @Test
    void legacyItemsAreFoundByLabelNotByPosition() {
        // a regional table that numbers 收到申请数 as 三.(二) and 申请办结数 as 三.(一)
        GoldenReports.Builder builder = GoldenReports.builder("002");
        AnnualReport plain = builder.build();
        GoldenReports.Builder swapped = GoldenReports.builder("002");
        for (String suffix : List.of("", ".1", ".2")) {
            swapped.remove("legacy.3.1" + suffix).remove("legacy.3.2" + suffix);
        }
        swapped.remove("legacy.3.1.3").remove("legacy.3.1.4");
        for (String suffix : List.of("", ".1", ".2", ".3", ".4")) {
            String from = "legacy.3.1" + suffix;
            swapped.set("legacy.3.2" + suffix, plain.value(from).orElseThrow())
                    .label("legacy.3.2" + suffix, plain.labels().get(from));
        }
        for (String suffix : List.of("", ".1", ".2")) {
            String from = "legacy.3.2" + suffix;
            swapped.set("legacy.3.1" + suffix, plain.value(from).orElseThrow())
                    .label("legacy.3.1" + suffix, plain.labels().get(from));
        }
        swapped.set("legacy.3.2.1", 60); // 当面 60: channels no longer add up

        List<Finding> findings = checker.check(swapped.build());

        assertThat(findings)
                .filteredOn(f -> f.rule().equals("LEGACY_APP_CHANNELS"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.keys())
                            .containsExactly(
                                    "legacy.3.2", "legacy.3.2.1", "legacy.3.2.2", "legacy.3.2.3", "legacy.3.2.4");
                    assertThat(f.expected()).contains(BigDecimal.valueOf(358));
                    assertThat(f.actual()).contains(BigDecimal.valueOf(359));
                });
        assertThat(findings).noneMatch(f -> f.rule().equals("LEGACY_APP_COMPLETED"));
    }

    @Test
    void findingsCarryProvenanceOfThePrintedCellsAndAStableFingerprint() {
        Finding balance = checker.check(GoldenReports.of("000")).stream()
                .filter(f -> f.rule().equals("APP_BALANCE")).findFirst().orElseThrow();
        assertThat(balance.provenance()).containsOnlyKeys(balance.keys());
        assertThat(balance.provenance().values()).doesNotContain(Provenance.NONE);
        assertThat(balance.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(balance.message()).contains("勾稽关系").contains("balance");

        Finding again = checker.check(GoldenReports.of("000")).stream()
                .filter(f -> f.rule().equals("APP_BALANCE")).findFirst().orElseThrow();
        assertThat(again.fingerprint()).isEqualTo(balance.fingerprint());
        Finding elsewhere = checker.check(GoldenReports.builder("000").source("other.pdf").build()).stream()
                .filter(f -> f.rule().equals("APP_BALANCE")).findFirst().orElseThrow();
        assertThat(elsewhere.fingerprint()).isNotEqualTo(balance.fingerprint());
    }

    @Test
    void theFingerprintIsTheSha256OfTheReportsIdentityTheRuleAndTheKeys() throws Exception {
        // the formula itself, so that fingerprints stay what earlier runs recorded
        AnnualReport report = GoldenReports.of("000");
        String identity = report.agency().orElse("") + "|" + report.year().getAsInt() + "|" + report.template().name()
                + "|" + report.source();
        List<Finding> findings = checker.check(report);
        assertThat(findings).hasSizeGreaterThan(1);
        for (Finding f : findings) {
            String text = identity + '\u0000' + f.rule() + '\u0000' + String.join(",", f.keys());
            if (f.keys().isEmpty() && f.severity() == Severity.INFO) continue; // a discriminator joins those
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            assertThat(f.fingerprint()).as(f.rule() + " " + f.keys()).isEqualTo(HexFormat.of().formatHex(digest));
        }
    }

    @Test
    void fingerprintsDifferWithinAReport() {
        List<Finding> findings = checker.check(List.of(
                GoldenReports.of("000"),
                GoldenReports.of("002"),
                GoldenReports.of("003"),
                GoldenReports.builder("002")
                        .withoutSection(6)
                        .year(2020)
                        .source("z.txt")
                        .build()));
        assertThat(new HashSet<>(findings.stream().map(Finding::fingerprint).toList())).hasSameSizeAs(findings);
    }

    @Test
    void theOrderIsTheSameWhateverTheCollectionsOrder() {
        List<AnnualReport> reports = new ArrayList<>();
        for (String id : List.of("000", "001", "002", "003", "004")) reports.add(GoldenReports.of(id));
        reports.add(GoldenReports.builder("000").source("copy.txt").agency("重庆市某局").build());
        List<Finding> forward = checker.check(reports);
        Collections.reverse(reports);
        assertThat(checker.check(reports)).isEqualTo(forward);
        assertThat(checker.check(new HashSet<>(reports))).isEqualTo(forward);

        // each report's findings in rules.md order, then the cross-report ones
        List<String> rules = forward.stream().map(Finding::rule).toList();
        assertThat(rules).endsWith("DUPLICATE_TEXT", "DUPLICATE_TEXT");
        List<String> of000 = forward.stream()
                .filter(f -> f.source().equals(GoldenReports.of("000").source()))
                .map(Finding::rule)
                .toList();
        assertThat(of000).containsExactly("APP_ROW_SUM", "APP_ROW_SUM", "APP_BALANCE");
    }

    @Test
    void theResultsAreUnmodifiable() {
        List<Finding> findings = checker.check(GoldenReports.of("000"));
        org.assertj.core.api.Assertions.assertThatThrownBy(findings::clear)
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> findings.get(0).keys().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aReportCopiedByManyGivesEachCopyOneFindingASectionNamingTheOriginal() {
        AnnualReport original = GoldenReports.of("000");
        List<AnnualReport> reports = new ArrayList<>(List.of(original));
        for (int i = 0; i < 30; i++) {
            String source = String.format("copy-%02d.txt", i);
            reports.add(GoldenReports.builder("000").source(source).agency("某局" + i).build());
        }

        List<Finding> duplicates = checker.check(reports).stream()
                .filter(f -> f.rule().equals("DUPLICATE_TEXT"))
                .toList();

        // sections 一 and 五 of each copy: 60 findings, where every pair of the 31 would give 930
        assertThat(duplicates).hasSize(60);
        assertThat(duplicates).extracting(Finding::source)
                .containsExactlyElementsOf(List.of(0, 1).stream()
                        .flatMap(section -> reports.subList(1, 31).stream().map(AnnualReport::source))
                        .toList());
        assertThat(duplicates).allSatisfy(f -> assertThat(f.messageEn())
                .contains("near-identical to that of " + original.source() + " (similarity 1.000)"));
        assertThat(new HashSet<>(duplicates.stream().map(Finding::fingerprint).toList())).hasSize(60);
    }

    @Test
    void nearDuplicatesAreFoundAmongManyTexts() {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 400; j++) text.append((char) ('\u4e00' + random.nextInt(3000)));
            texts.add(text.toString());
        }
        // text 250 is text 17 with 3 characters changed in 400: Jaccard about 0.93
        StringBuilder copy = new StringBuilder(texts.get(17));
        copy.setCharAt(100, '甲');
        copy.setCharAt(200, '乙');
        copy.setCharAt(300, '丙');
        texts.set(250, copy.toString());
        // text 260 is text 40 with every 10th character changed: far below 0.9
        StringBuilder loose = new StringBuilder(texts.get(40));
        for (int j = 0; j < loose.length(); j += 10) loose.setCharAt(j, '丁');
        texts.set(260, loose.toString());

        List<NearDuplicates.Pair> pairs = NearDuplicates.find(texts, 0.9);

        assertThat(pairs).extracting(NearDuplicates.Pair::first, NearDuplicates.Pair::second)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(17, 250));
        assertThat(pairs.get(0).similarity()).isBetween(0.9, 1.0);
    }

    @Test
    void textIsComparedWithoutPunctuationSpacesOrNumbers() {
        assertThat(NearDuplicates.normalise("2020年,  本机关公开信息 1129 条。"))
                .isEqualTo(NearDuplicates.normalise("2021年，本机关公开信息3条"));
    }
}
