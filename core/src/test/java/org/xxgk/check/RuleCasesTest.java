package org.xxgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.Template;

/** For every rule id of rules.md, a set of reports that makes it fire and one that keeps it quiet. */
class RuleCasesTest {

    /**
     * The rule ids of spec/rules.md, in its order, and TABLE_NOT_READ beside MISSING_TABLE (issue 13: a report read by
     * half is not clean).
     */
    static final List<String> RULES_MD = List.of(
            "APP_ROW_SUM",
            "APP_OTHER_SUM",
            "APP_RESULT_SUM",
            "APP_BALANCE",
            "REVIEW_SUM",
            "NON_NEGATIVE_COUNT",
            "MISSING_TOTAL",
            "ACTIVE_PUBLISHED_LE_TOTAL",
            "UNIT_MISMATCH",
            "TEMPLATE_YEAR",
            "MISSING_TABLE",
            "TABLE_NOT_READ",
            "EMPTY_SECTION",
            "NARRATIVE_MISMATCH",
            "LEGACY_APP_CHANNELS",
            "LEGACY_APP_COMPLETED",
            "LEGACY_APP_REPLIES",
            "LEGACY_REFUSED_PARTS",
            "LEGACY_REVIEW_SUM",
            "LEGACY_STAFF_SUM",
            "LEGACY_ACTIVE_CHANNELS",
            "LEGACY_SUBITEM_LE_PARENT",
            "CROSS_YEAR_CARRY",
            "CROSS_YEAR_PREVIOUS",
            "DUPLICATE_TEXT");

    private final ConsistencyChecker checker = new ConsistencyChecker();

    record Case(String rule, Severity severity, String fires, Supplier<List<AnnualReport>> firing,
                String quiet, Supplier<List<AnnualReport>> quieting) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static Case of(String rule, Severity severity, String fires, Supplier<List<AnnualReport>> firing,
                           String quiet, Supplier<List<AnnualReport>> quieting) {
        return new Case(rule, severity, fires, firing, quiet, quieting);
    }

    private static List<AnnualReport> seed(String id) {
        return List.of(GoldenReports.of(id));
    }

    private static GoldenReports.Builder b(String id) {
        return GoldenReports.builder(id);
    }

    /** 001 with its 三(六) sum row printed: all zeros, as its sub-rows are. */
    private static GoldenReports.Builder withOtherSumRow() {
        GoldenReports.Builder builder = b("001");
        for (String key : Keys.applicationRow(Keys.OTHER)) builder.set(key, 0);
        return builder;
    }

    /** 003 as its 2019 report, and a 2020 report whose previous-year counts follow from it. */
    private static List<AnnualReport> consistentItemYears() {
        GoldenReports.Builder later = b("003").source("003-2020.txt");
        for (String row : List.of("licensing", "otherServices", "penalty", "enforcement", "fees")) {
            AnnualReport earlier = GoldenReports.of("003");
            String previous = Keys.active(row, Keys.PREVIOUS_YEAR);
            later.set(
                    previous,
                    earlier.value(previous)
                            .orElseThrow()
                            .add(earlier.value(Keys.active(row, Keys.CHANGE)).orElseThrow()));
        }
        return List.of(b("003").source("003-2019.txt").year(2019).build(), later.build());
    }

    static Stream<Case> cases() {
        return Stream.of(
                of(
                        "APP_ROW_SUM",
                        Severity.ERROR,
                        "000's 三(六) and 三(七) rows",
                        () -> seed("000"),
                        "004",
                        () -> seed("004")),
                of(
                        "APP_OTHER_SUM",
                        Severity.ERROR,
                        "001 with a 三(六) sum row of 1 over zero sub-rows",
                        () -> List.of(withOtherSumRow()
                                .set("applications.other.naturalPerson", 1)
                                .set("applications.other.total", 1)
                                .build()),
                        "001 with a zero 三(六) sum row",
                        () -> List.of(withOtherSumRow().build())),
                of(
                        "APP_RESULT_SUM",
                        Severity.ERROR,
                        "003's 三(七) 自然人",
                        () -> seed("003"),
                        "000, whose 三(七) is the sum of its rows per column",
                        () -> seed("000")),
                of("APP_BALANCE", Severity.ERROR, "000's 自然人 column", () -> seed("000"), "001", () -> seed("001")),
                of(
                        "REVIEW_SUM",
                        Severity.ERROR,
                        "004 with a reconsideration total of 1",
                        () -> List.of(
                                b("004").set("review.reconsideration.total", 1).build()),
                        "004",
                        () -> seed("004")),
                of(
                        "NON_NEGATIVE_COUNT",
                        Severity.ERROR,
                        "004 with -1 licensing decisions",
                        () -> List.of(
                                b("004").set("active.licensing.decisions", -1).build()),
                        "004 with a negative change, and 003 with a fractional amount",
                        () -> List.of(
                                b("004").set("active.licensing.change", -5).build(), GoldenReports.of("003"))),
                of(
                        "MISSING_TOTAL",
                        Severity.WARNING,
                        "003's blank 三(七) 总计",
                        () -> seed("003"),
                        "004 with a blank total over zero parts",
                        () -> List.of(b("004").set("applications.granted.total", (Integer) null)
                                .set("review.litigationDirect.total", (Integer) null)
                                .build())),
                of(
                        "ACTIVE_PUBLISHED_LE_TOTAL",
                        Severity.WARNING,
                        "004 with 5 newly published rules of 0",
                        () -> List.of(
                                b("004").set("active.rules.newlyPublished", 5).build()),
                        "003 (22 of 22)",
                        () -> seed("003")),
                of(
                        "UNIT_MISMATCH",
                        Severity.WARNING,
                        "001 with fees printed in 元",
                        () -> List.of(b("001").unit("active.fees.amount", "元").build()),
                        "000's 406万元, 003's bare 14241119.2 (V2019 states no unit), 001 with 万 元 spaced out",
                        () -> List.of(GoldenReports.of("000"), GoldenReports.of("003"),
                                b("001").unit("active.fees.amount", "万\t元 ").build())),
                of(
                        "TEMPLATE_YEAR",
                        Severity.WARNING,
                        "004 (V2019) dated 2022",
                        () -> List.of(b("004").year(2022).build()),
                        "the seeds",
                        () -> List.of(GoldenReports.of("000"), GoldenReports.of("001"), GoldenReports.of("002"))),
                of(
                        "MISSING_TABLE",
                        Severity.WARNING,
                        "004 without table 四",
                        () -> {
                            GoldenReports.Builder builder = b("004");
                            for (CellCatalog.Item g : CellCatalog.reviewGroups()) {
                                for (CellCatalog.Item c : CellCatalog.reviewColumns())
                                    builder.remove(Keys.review(g.id(), c.id()));
                            }
                            return List.of(builder.build());
                        },
                        "004 with its review table blank but printed",
                        () -> {
                            GoldenReports.Builder builder = b("004");
                            for (CellCatalog.Item c : CellCatalog.reviewColumns())
                                builder.set(Keys.review(Keys.RECONSIDERATION, c.id()), (Integer) null);
                            return List.of(builder.build());
                        }),
                of(
                        "TABLE_NOT_READ",
                        Severity.WARNING,
                        "004 with a row the reader could not split",
                        () -> List.of(b("004").warning("VALUE_AMBIGUOUS", "三 (一)予以公开: the digits split 2 ways")
                                .build()),
                        "004 read whole",
                        () -> List.of(GoldenReports.of("004"))),
                of(
                        "EMPTY_SECTION",
                        Severity.WARNING,
                        "004 whose section 五 says only 无",
                        () -> List.of(
                                b("004").section(5, "无。").build(),
                                b("002").withoutSection(6).build()),
                        "004, and 002 whose 五 is not its problems section",
                        () -> List.of(
                                GoldenReports.of("004"),
                                b("002").withoutSection(5).build())),
                of(
                        "NARRATIVE_MISMATCH",
                        Severity.WARNING,
                        "002's prose",
                        () -> seed("002"),
                        "003, whose prose meets a blank total",
                        () -> seed("003")),
                of(
                        "LEGACY_APP_CHANNELS",
                        Severity.ERROR,
                        "002 with 60 applications in person",
                        () -> List.of(b("002").set("legacy.3.1.1", 60).build()),
                        "002",
                        () -> seed("002")),
                of(
                        "LEGACY_APP_COMPLETED",
                        Severity.ERROR,
                        "002 with 8 late",
                        () -> List.of(b("002").set("legacy.3.2.2", 8).build()),
                        "002",
                        () -> seed("002")),
                of(
                        "LEGACY_APP_REPLIES",
                        Severity.ERROR,
                        "002 with 21 already public",
                        () -> List.of(b("002").set("legacy.3.3.1", 21).build()),
                        "002",
                        () -> seed("002")),
                of(
                        "LEGACY_REFUSED_PARTS",
                        Severity.ERROR,
                        "002",
                        () -> seed("002"),
                        "002 with 19 refusals",
                        () -> List.of(b("002").set("legacy.3.3.4", 19)
                                .set("legacy.3.3", 361)
                                .build())),
                of(
                        "LEGACY_REVIEW_SUM",
                        Severity.ERROR,
                        "002 with 4 other litigation outcomes",
                        () -> List.of(b("002").set("legacy.5.3", 4).build()),
                        "002",
                        () -> seed("002")),
                of(
                        "LEGACY_STAFF_SUM",
                        Severity.ERROR,
                        "002 with 75 part-time staff",
                        () -> List.of(b("002").set("legacy.8.3.2", 75).build()),
                        "002",
                        () -> seed("002")),
                of(
                        "LEGACY_ACTIVE_CHANNELS",
                        Severity.WARNING,
                        "002 (134 items, 7732 on the website)",
                        () -> seed("002"),
                        "002 with the prose's 18846 items",
                        () -> List.of(b("002").set("legacy.1.1", 18846).build())),
                of(
                        "LEGACY_SUBITEM_LE_PARENT",
                        Severity.WARNING,
                        "002 with 6 of 5 press conferences led by heads",
                        () -> List.of(b("002").set("legacy.2.2.1.1", 6).build()),
                        "002 with 500 normative documents made: 制发规范性文件总数 is no 其中 item",
                        () -> List.of(b("002").set("legacy.1.1.2", 500).build())),
                of(
                        "CROSS_YEAR_CARRY",
                        Severity.WARNING,
                        "001 for 2022 and 2023, 2023 carrying over 3",
                        () -> List.of(
                                GoldenReports.of("001"),
                                b("001").source("001-2023.txt")
                                        .year(2023)
                                        .set("applications.carriedOver.naturalPerson", 3)
                                        .set("applications.carriedOver.total", 3)
                                        .build()),
                        "001 for 2022 and 2023 unchanged",
                        () -> List.of(
                                GoldenReports.of("001"),
                                b("001").source("001-2023.txt").year(2023).build())),
                of(
                        "CROSS_YEAR_PREVIOUS",
                        Severity.WARNING,
                        "003 for 2019 and 2020 with the same previous-year counts",
                        () -> List.of(
                                b("003").source("003-2019.txt").year(2019).build(),
                                b("003").source("003-2020.txt").build()),
                        "003 for 2019 and 2020, counts carried on",
                        RuleCasesTest::consistentItemYears),
                of(
                        "DUPLICATE_TEXT",
                        Severity.WARNING,
                        "000 and a copy under another agency",
                        () -> List.of(
                                GoldenReports.of("000"),
                                b("000").source("copy.txt").agency("重庆市某局").build()),
                        "the five seeds, and 000 read twice (same agency and year)",
                        () -> {
                            List<AnnualReport> all = new ArrayList<>();
                            for (String id : List.of("000", "001", "002", "003", "004")) all.add(GoldenReports.of(id));
                            all.add(b("000").source("000-again.html").build());
                            return all;
                        }));
    }

    @Test
    void everyRuleOfRulesMdIsInTheTableAndHasACase() {
        List<String> table = new ArrayList<>();
        Rules.REPORT.forEach(r -> table.add(r.id()));
        Rules.CROSS.forEach(r -> table.add(r.id()));
        assertThat(table).containsExactlyElementsOf(RULES_MD);
        assertThat(cases().map(Case::rule)).containsExactlyElementsOf(RULES_MD);
    }

    @ParameterizedTest(name = "{0} fires")
    @MethodSource("cases")
    void fires(Case c) {
        List<Finding> findings = checker.check(c.firing().get());
        assertThat(findings).as(c.fires()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(c.rule());
            assertThat(f.severity()).isEqualTo(c.severity());
        });
    }

    @ParameterizedTest(name = "{0} stays quiet")
    @MethodSource("cases")
    void staysQuiet(Case c) {
        List<Finding> findings = checker.check(c.quieting().get());
        assertThat(findings).as(c.quiet()).noneMatch(f -> f.rule().equals(c.rule()));
    }

    @Test
    void aTemplateThatCannotBeRecognisedIsNotChecked() {
        assertThat(checker.check(b("000").template(Template.UNKNOWN).build())).isEmpty();
    }
}
