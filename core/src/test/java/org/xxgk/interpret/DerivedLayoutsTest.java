package org.xxgk.interpret;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.RealLabel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code pdftotext -layout} copy of each seed's fixture PDF ({@code derived/pdftotext/}, made
 * by {@code derived/make.sh}) read as plain text: template, year and every golden cell, blank cells
 * included, plus no value under a key the golden file lacks. Agency, date and units are not compared: the PDFs
 * print no publication date for 000 and 001, and a layout copy may legitimately lose them.
 */
class DerivedLayoutsTest {

    static Iterable<String> ids() {
        return Golden.IDS;
    }

    @ParameterizedTest(name = "pdftotext/{0}.txt")
    @MethodSource("ids")
    void pdftotextCopyMatchesGolden(String id) throws IOException {
        String name = id + ".txt";
        AnnualReport report = read("/derived/pdftotext/", name);
        Golden golden = Golden.load(id);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.template().name()).as("[pdftotext/" + name + "] template").isEqualTo(golden.template());
        soft.assertThat(report.year()).as("[pdftotext/" + name + "] year")
                .isEqualTo(golden.year() == null ? OptionalInt.empty() : OptionalInt.of(golden.year()));
        // every cell, those of rows with blank cells too: the copy keeps a blank as spaces, and 003's rows of section
        // 三 that print one or two values of seven (`二、上年结转… 0`: 0 for 自然人, the rest blank) are read by
        // where their values stand under the header's column words
        for (RealLabel.Mismatch m : RealLabel.of(golden).compareAll(report).mismatches()) {
            soft.fail("[pdftotext/" + name + "] " + m);
        }
        soft.assertThat(report.warnings()).as("[pdftotext/" + name + "] warnings")
                .noneMatch(w -> w.code().code().equals("ROW_INCOMPLETE"));
        soft.assertAll();
    }

    /** The Chromium prints' copies that read whole; the others lose rows, each with a warning (see below). */
    private static final Set<String> CHROMIUM_WHOLE = Set.of("000", "001", "002", "004");

    /**
     * The {@code pdftotext -layout} copy of each Chromium print ({@code derived/pdftotext-chromium/}): labels wrap
     * inside their cells, a row's numbering alone on the middle line ({@code 其他法律行政 / 2. / 法规禁止公开 0 0 …}).
     * 000, 001 (the first value of two rows on the label's middle line: section 三 read in the form's order, its
     * sums holding), 002 (LEGACY: an indicator's label wrapped over two lines, its unit and value on the last,
     * {@code 舆情计 / 1次) / 次 223}) and 004 read every golden cell. The others do not yet: 003's header words land
     * left of their columns so its one-value rows cannot be placed, blank-org's blank columns likewise; but nothing
     * is ever under a wrong key, and a report that misses a cell says so in its warnings.
     */
    @ParameterizedTest(name = "pdftotext-chromium/{0}.txt")
    @ValueSource(strings = {"000", "001", "002", "003", "004", "blank-org"})
    void chromiumPrintCopyMisfilesNothing(String id) throws IOException {
        String name = id + ".txt";
        AnnualReport report = read("/derived/pdftotext-chromium/", name);
        Golden golden = id.equals("blank-org")
                ? Golden.load("/derived/pdftotext-chromium/blank-org.json", id)
                : Golden.load(id);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.template().name()).as("[" + name + "] template").isEqualTo(golden.template());
        RealLabel.Score score = RealLabel.of(golden).compareAll(report);
        soft.assertThat(score.misfiled()).as("[" + name + "] " + score.summary()).isZero();
        if (CHROMIUM_WHOLE.contains(id)) {
            for (RealLabel.Mismatch m : score.mismatches()) soft.fail("[" + name + "] " + m);
        } else {
            soft.assertThat(score.mismatches()).as("[" + name + "] reads whole now: add it to CHROMIUM_WHOLE")
                    .isNotEmpty();
            soft.assertThat(report.warnings()).as("[" + name + "] a missed cell is said").isNotEmpty();
        }
        soft.assertAll();
    }

    /**
     * How many golden cells each plain copy of a Chromium print reads right (004: section 三 as one block; 000 and 003
     * read section 四 whole since its values spread over rows of the header's characters count as its; 002 whole, its
     * columns poured back by the form's shape, LegacyColumnBlocksTest).
     */
    private static final Map<String, Integer> PLAIN_CHROMIUM_RIGHT =
            Map.of("000", 182, "001", 191, "002", 66, "003", 172, "004", 176);

    @Test
    void aSectionPrintedAsOneBlockOfValuesIsReadInTheFormsOrder() throws IOException {
        // 004's print leaves section 三's labels apart from its values: pdftotext gives the header, the 23 rows' 161
        // values in one block, then the labels; 23 sevens that each keep the row's sum are the section's rows
        AnnualReport report = read("/derived/pdftotext-chromium-plain/", "004.txt");
        Golden golden = Golden.load("004");
        assertCellsAsGolden(report, golden.cells(), "applications.", 161);
        assertThat(report.warnings()).anyMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER")
                && w.message().endsWith("read as 一、本年新收政府信息公开申请数量 by its place in the form"));
    }

    @Test
    void aSectionWhoseLabelsSitALineOffItsValuesIsReadInTheFormsOrder() throws IOException {
        // 001's print wraps section 三's labels around its values: pdftotext puts 本年新收's seven under the header's
        // last words (企业 机构 组织 机构), 上年结转's under 一、本年新收…, and so on; section 二's ten values come
        // first, unread. The last 25 sevens keep every row's sum and the sums between rows: the section, in order
        AnnualReport report = read("/derived/pdftotext-chromium-plain/", "001.txt");
        Golden golden = Golden.load("001");
        assertCellsAsGolden(report, golden.cells(), "applications.", 175);
        // the form's rows first: no (六) sum row, which a report may add, is read into it
        assertThat(report.prints("applications.other.total")).isFalse();

        // 本年新收 1 in 自然人 and 总计: each row still sums, but 一 + 二 = 三(七) + 四 no longer holds
        String text = textOf("/derived/pdftotext-chromium-plain/001.txt");
        String changed = replaceValue(replaceValue(text, "企业 机构 组织 机构\n", 0, "1"), "企业 机构 组织 机构\n", 6, "1");
        AnnualReport unpoured =
                Xxgk.read(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), "001.txt");
        assertThat(unpoured.warnings()).noneMatch(w -> w.message().endsWith(
                "read as 一、本年新收政府信息公开申请数量 by its place in the form"));
        assertThat(unpoured.value("applications.newlyReceived.total")).isNotEqualTo(Optional.of(BigDecimal.ONE));
    }

    /**
     * Plain {@code pdftotext} (no {@code -layout}) of the Chromium prints ({@code derived/pdftotext-chromium-plain/}):
     * where the print leaves a table's columns apart, pdftotext takes them one after the other (002: its indicators,
     * then their units, then their figures), so rows cannot be read, unless their values keep the form's sums (004)
     * or the form's shape pours them back (002); nothing may then land under a wrong key (002's figures once ran on
     * to a stray {@code 3.} and its first one went under {@code legacy.3}), and what is missed is said.
     */
    @ParameterizedTest(name = "pdftotext-chromium-plain/{0}.txt")
    @MethodSource("ids")
    void plainCopyOfAChromiumPrintMisfilesNothingAndSaysWhatItMisses(String id) throws IOException {
        assertCopyReads("/derived/pdftotext-chromium-plain/", "plain", id, PLAIN_CHROMIUM_RIGHT.get(id));
    }

    /**
     * How many golden cells each plain copy of a fixture PDF reads right: 001 and 002 all; the others miss some (004's
     * section 四, fifteen zeros printed nine and seven, sixteen in all: no group's row, and which is extra is unknown).
     */
    private static final Map<String, Integer> PLAIN_RIGHT =
            Map.of("000", 184, "001", 200, "002", 66, "003", 166, "004", 183);

    /**
     * Plain {@code pdftotext} (no {@code -layout}) of the fixture PDFs ({@code derived/pdftotext-plain/}), the copy
     * most users make: one cell a line, and where a row's label spans lines or rows pdftotext moves it, with the
     * labels of the rows below, after the values. So 000's {@code 二、上年结转…} is followed by the values of three
     * rows, read by the form's order where each seven keep the row's sum; section 四 prints its results under one
     * header word and each 总计 under another (read in the form's order where there are 15 and each group's sum
     * holds); a sub-table's header printed after its row's label ({@code 规章 本年制发件数 本年废止件数 现行有效件数
     * 信息内容 0 0 0}) is read by the label left; 002's LEGACY heading {@code (二)…情况 —— 223} prints the value of
     * the indicator whose label wrapped above it. 003's blank cells leave its rows in pdftotext's column order: its
     * words of a broken header named three columns, which once put a row's three values under them.
     */
    @ParameterizedTest(name = "pdftotext-plain/{0}.txt")
    @MethodSource("ids")
    void plainCopyOfAFixturePdfMisfilesNothing(String id) throws IOException {
        assertCopyReads("/derived/pdftotext-plain/", "plain", id, PLAIN_RIGHT.get(id));
    }

    /**
     * The copy {@code dir + id + ".txt"} of fixture {@code id}: its template, nothing misfiled, {@code right} golden
     * cells read right, and where it misses one, a warning.
     */
    private static void assertCopyReads(String dir, String kind, String id, int right) throws IOException {
        String name = id + ".txt";
        AnnualReport report = read(dir, name);
        Golden golden = Golden.load(id);
        RealLabel.Score score = RealLabel.of(golden).compareAll(report);
        SoftAssertions soft = new SoftAssertions();
        String as = "[" + kind + " " + name + "] ";
        soft.assertThat(report.template().name()).as(as + "template").isEqualTo(golden.template());
        soft.assertThat(score.misfiled()).as(as + score.summary()).isZero();
        soft.assertThat(score.right()).as(as + "cells read right: " + score.mismatches()).isEqualTo(right);
        if (!score.mismatches().isEmpty()) {
            soft.assertThat(report.warnings()).as(as + "a missed cell is said").isNotEmpty();
        }
        soft.assertAll();
    }

    /**
     * {@code pdftotext -raw} of the fixture PDFs ({@code derived/pdftotext-raw/}): the text in the order the PDF draws
     * it, each row's cells one after the other on the row's line, a wrapped label's rest on the next. Every golden cell
     * read but 003's blank ones (26 of them, lost without a trace), none misfiled.
     */
    @ParameterizedTest(name = "pdftotext-raw/{0}.txt")
    @MethodSource("ids")
    void rawCopyOfAFixturePdfMisfilesNothing(String id) throws IOException {
        int blankCells = id.equals("003") ? 26 : 0;
        assertCopyReads("/derived/pdftotext-raw/", "raw", id, Golden.load(id).cells().size() - blankCells);
    }

    /**
     * How many golden cells each pdfminer copy of a fixture PDF reads right: its text boxes one after the other, a
     * table's labels as one block and its values as another, often column by column; what the form's order and sums
     * cannot place is left out.
     */
    private static final Map<String, Integer> PDFMINER_RIGHT =
            Map.of("000", 24, "001", 176, "002", 7, "003", 154, "004", 189);

    /**
     * pdfminer's {@code pdf2txt} of the fixture PDFs ({@code derived/pdfminer/}): a sub-table's values column by column
     * after its last label ({@code 规章 / 规范性文件 / 0 0 0 0 0 0}) are read only where whichever of them are the row's
     * they are alike; nothing misfiled, what is missed said.
     */
    @ParameterizedTest(name = "pdfminer/{0}.txt")
    @MethodSource("ids")
    void pdfminerCopyOfAFixturePdfMisfilesNothing(String id) throws IOException {
        assertCopyReads("/derived/pdfminer/", "pdfminer", id, PDFMINER_RIGHT.get(id));
    }

    /**
     * pdfminer's copy of the real WPS PDF 014: little is read (section 三's values come as one block after all its
     * labels), nothing misfiled; 行政处罚 / 行政强制 / 2776 / 84, one column each, are the two rows' values in order.
     */
    @Test
    void pdfminerCopyOfTheRealWpsPdfMisfilesNothing() throws IOException {
        AnnualReport report = assertReal014Reads("/derived/pdfminer/", 19);
        RealLabel label = RealLabel.real("014");
        assertCell(report, "active.penalty.decisions", label.cells().get("active.penalty.decisions"));
        assertCell(report, "active.enforcement.decisions", label.cells().get("active.enforcement.decisions"));
    }

    @Test
    void rawCopyOfTheRealWpsPdfReadsWhole() throws IOException {
        assertReal014Reads("/derived/pdftotext-raw/", 186);
    }

    /** The copy {@code dir}/real-014.txt of real report 014: nothing misfiled, {@code right} cells read right. */
    private static AnnualReport assertReal014Reads(String dir, int right) throws IOException {
        AnnualReport report = read(dir, "real-014.txt");
        RealLabel.Score score = RealLabel.real("014").compareAll(report);
        assertThat(score.misfiled()).as(score.summary()).isZero();
        assertThat(score.right()).as("cells read right: " + score.mismatches()).isEqualTo(right);
        return report;
    }

    /**
     * Plain {@code pdftotext} of the real WPS PDF 014 ({@code derived/pdftotext-plain/real-014.txt}): where a label
     * cell spans rows (不予公开's eight, 无法提供's three), pdftotext gives their values column by column, 总计 column
     * last ({@code 0 0 1 0 0 1 1 0 31} is 自然人 down nine rows); a block is read as rows where it splits one way
     * only, every row keeping its sum, and placed after the row above or, its label being its last row's, before it;
     * section 三, whose (六) is printed as one row, is read in the form's order once its labels leave it in doubt;
     * section 四, fourteen values on a row and 总计 3 on the next, as the values spread over the rows of its header.
     */
    @Test
    void plainCopyOfARealWpsPdfReadsBlocksPrintedColumnByColumn() throws IOException {
        AnnualReport report = assertReal014Reads("/derived/pdftotext-plain/", 186);
        RealLabel label = RealLabel.real("014");
        for (String key : List.of("applications.partlyGranted.total", "applications.refused.security.total",
                "applications.refused.process.total", "applications.unable.notHeld.naturalPerson",
                "applications.notProcessed.complaint.naturalPerson", "applications.notProcessed.publication.total",
                "applications.other.total", "applications.resultTotal.naturalPerson", "applications.resultTotal.total",
                "applications.carriedForward.total")) {
            assertCell(report, key, label.cells().get(key));
        }
        assertThat(report.prints("applications.other.otherReasons.total")).isFalse();
    }

    @Test
    void valuesRunOnOverRowsWhoseLabelsMovedAreReadInTheFormsOrder() throws IOException {
        AnnualReport report = read("/derived/pdftotext-plain/", "000.txt");
        Golden golden = Golden.load("000");
        for (String row : List.of("applications.granted.", "applications.partlyGranted.")) {
            for (String column : List.of("naturalPerson", "commercial", "otherOrg", "total")) {
                assertCell(report, row + column, golden.cells().get(row + column));
            }
        }
        assertThat(report.warnings()).anyMatch(w -> w.code().code().equals("ROW_MATCHED_BY_ORDER")
                && w.message().equals("三: values run on from the row above (\"二、上年结转政府信息公开申请数量\") read as"
                        + " (一)予以公开 by its place in the form"));
    }

    @Test
    void aRunWhosePartBreaksTheRowSumIsNotSpread() throws IOException {
        // the second seven of 二、上年结转's 21 values (予以公开's) made 1 0 0 0 0 0 0: no longer a row of the form
        String text = textOf("/derived/pdftotext-plain/000.txt");
        String broken = replaceValue(text, "二、上年结转政府信息公开申请数量\n", 7, "1");
        AnnualReport report = Xxgk.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "000.txt");
        assertThat(report.prints("applications.granted.naturalPerson")).isFalse();
        assertThat(report.prints("applications.partlyGranted.naturalPerson")).isFalse();
        // three rows' worth under one label: which of them is 上年结转's is not guessed either, and that is said
        assertThat(report.prints("applications.carriedOver.total")).isFalse();
        assertThat(report.warnings()).anyMatch(w -> w.code().code().equals("ROW_INCOMPLETE")
                && w.message().startsWith("三 二、上年结转政府信息公开申请数量:"));
    }

    @Test
    void reviewValuesSpreadUnderItsHeaderWordsAreReadWhereEachGroupSums() throws IOException {
        AnnualReport report = read("/derived/pdftotext-plain/", "001.txt");
        Golden golden = Golden.load("001");
        assertCellsAsGolden(report, golden.cells(), "review.", 15);
        // 结果维持 1 where its group's 总计 is 0: the values no longer sum, so none is placed
        String text = textOf("/derived/pdftotext-plain/001.txt");
        String broken = replaceValue(text, "结果维持\n", 0, "1");
        AnnualReport wrong = Xxgk.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "001.txt");
        assertThat(wrong.prints("review.reconsideration.upheld")).isFalse();
        assertThat(wrong.warnings()).anyMatch(w -> w.code().code().equals("TABLE_NOT_FOUND")
                && w.message().startsWith("四:"));
    }

    /** Every golden cell whose key starts with {@code prefix}, {@code count} of them, read with its golden value. */
    private static void assertCellsAsGolden(
            AnnualReport report, Map<String, BigDecimal> golden, String prefix, int count) {
        List<String> keys = golden.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
        assertThat(keys).hasSize(count);
        for (String key : keys) assertCell(report, key, golden.get(key));
    }

    private static void assertCell(AnnualReport report, String key, BigDecimal expected) {
        assertThat(report.value(key)).as(key).get().usingComparator(BigDecimal::compareTo).isEqualTo(expected);
    }

    /** {@code text} with the {@code n}-th value line (0-based) after {@code label} made {@code value}. */
    private static String replaceValue(String text, String label, int n, String value) {
        int at = text.indexOf(label);
        assertThat(at).as(label).isNotNegative();
        int pos = at + label.length();
        for (int seen = 0;; ) {
            int end = text.indexOf('\n', pos);
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                if (seen++ == n) return text.substring(0, pos) + value + text.substring(end);
            }
            pos = end + 1;
        }
    }

    private static String textOf(String resource) throws IOException {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** The crawler copies that read every cell. */
    private static final Set<String> ONE_LINE_WHOLE = Set.of("000", "001", "002", "004");

    /**
     * Each fixture page as a crawler copies it ({@code derived/one-line/}, made by {@code make_one_line.py}): the
     * whole text on one line, the portal's chrome and a footer's {@code 网站地图 | 联系我们} in it (a separator that
     * seldom is no table's: the line stays text), LEGACY notes holding numbers ({@code (…相同信息计1条) 条 134}).
     * 003 loses cells and says so: its blank cells leave nothing. Its {@code 11246}, split over two tags, reads
     * {@code 112 46 增4747 1251} (four values for three columns): the one join of neighbours that puts the signed one
     * in the change column, 11246 | 增4747 | 1251, is read.
     */
    @ParameterizedTest(name = "one-line/{0}.txt")
    @MethodSource("ids")
    void crawlerCopyOnOneLineMisfilesNothing(String id) throws IOException {
        String name = id + ".txt";
        AnnualReport report = read("/derived/one-line/", name);
        Golden golden = Golden.load(id);
        RealLabel.Score score = RealLabel.of(golden).compareAll(report);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.template().name()).as("[one-line " + name + "] template").isEqualTo(golden.template());
        soft.assertThat(score.misfiled()).as("[one-line " + name + "] " + score.summary()).isZero();
        if (ONE_LINE_WHOLE.contains(id)) {
            for (RealLabel.Mismatch m : score.mismatches()) soft.fail("[one-line " + name + "] " + m);
        } else {
            soft.assertThat(report.value("active.licensing.previousYear")).as("[one-line " + name + "] 112 46")
                    .contains(new java.math.BigDecimal("11246"));
            soft.assertThat(report.warnings()).as("[one-line " + name + "] a missed cell is said").isNotEmpty();
        }
        // the title's year, inside the line whatever its wording (…工作年度报告, …年度工作报告, 年度…工作报告), where the
        // table starts on the same row as the title and the prose (the row's labels before 第二十条 are the prose's)
        soft.assertThat(report.year()).as("[one-line " + name + "] year").isEqualTo(OptionalInt.of(golden.year()));
        soft.assertThat(report.warnings()).as("[one-line " + name + "] parts found").noneMatch(
                w -> w.code().code().equals("SECTIONS_NOT_FOUND") || w.code().code().equals("YEAR_NOT_FOUND"));
        soft.assertAll();
    }

    @Test
    void aLegacyTableThatStopsBeforeItsLastIndicatorsSaysSo() throws IOException {
        // two lines of text inside 002's table (no values, not numbered) end it: the indicators below are not read,
        // and the report says so rather than pass as read whole
        String text = new String(bytes("/derived/pdftotext-chromium/002.txt"), StandardCharsets.UTF_8);
        String heading = "(二)通过不同渠道和方式回应解读的情况";
        int end = text.indexOf('\n', text.indexOf(heading));
        String broken = text.substring(0, end + 1) + "          说明文字\n          另一行说明\n" + text.substring(end + 1);
        AnnualReport report = Xxgk.read(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "002.txt");
        assertThat(report.prints("legacy.2.2.1")).isFalse();
        assertThat(report.warnings()).anyMatch(w -> w.code().code().equals(
                "ROW_NOT_MATCHED") && w.message().equals("统计表: read up to \"说明文字\"; 5 numbered row(s) with values"
                + " below it are not read"));
        assertThat(Xxgk.check(report)).anyMatch(f -> f.rule().equals("TABLE_NOT_READ"));
    }

    /** The derived copy {@code folder + name}, read. */
    private static AnnualReport read(String folder, String name) throws IOException {
        return Xxgk.read(new ByteArrayInputStream(bytes(folder + name)), name);
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = DerivedLayoutsTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return in.readAllBytes();
        }
    }
}
