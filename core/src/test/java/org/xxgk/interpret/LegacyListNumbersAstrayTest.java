package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * A LEGACY table without 一、 numbering whose list items lost their numbers in a plain pdftotext copy (其中：1. /
 * 当面申请数 条 ０ ４ / 网上申请数 条 ０ ９ / 信函、传真申请数 条 ７ ７, each 2. and 3. printed apart or not at all): an
 * unnumbered row is its list's next item where it and the rows after it make up exactly what their parent lacks, and a
 * new indicator at the top level otherwise.
 */
class LegacyListNumbersAstrayTest {

    private static final String PAGE = "/derived/portal-pages/27500007-plain.txt";

    @Test
    void itemsThatMakeUpTheirParentAreItsItems() throws IOException {
        AnnualReport report = ResourceText.read(ResourceText.of(PAGE), "astray.txt");
        assertThat(value(report, "legacy.1.2.cumulative")).isEqualTo(647);
        assertThat(value(report, "legacy.2")).isEqualTo(7);
        assertThat(value(report, "legacy.2.2.cumulative")).isEqualTo(9);
        assertThat(value(report, "legacy.2.3")).isEqualTo(7);
        assertThat(value(report, "legacy.3.cumulative")).isEqualTo(145);
        // 其中：1.同意公开答复数 / 同意部分公开答复数 / 不予公开答复数 / 其他类型 / 答复数: the label of the last wrapped
        assertThat(value(report, "legacy.3.2.cumulative")).isEqualTo(45);
        assertThat(value(report, "legacy.3.4.cumulative")).isEqualTo(91);
        assertThat(value(report, "legacy.4.cumulative")).isEqualTo(1);
    }

    @Test
    void theListsNextNumbersAreItsItems() throws IOException {
        // 4. after two rows that lost their numbers is the list's fourth item
        AnnualReport report = ResourceText.read(ResourceText.of(PAGE).replace("其他类型", "4.其他类型"), "four.txt");
        assertThat(value(report, "legacy.3.2.cumulative")).isEqualTo(45);
        assertThat(value(report, "legacy.3.4.cumulative")).isEqualTo(91);
    }

    @Test
    void aListOfWhichEndsTheList() throws IOException {
        // 其中 starts another parent's items: 网上申请数 is then no item of 受理依申请公开信息总数
        String page = ResourceText.of(PAGE).replace("信函、传真申请数", "其中：信函、传真申请数");
        AnnualReport report = ResourceText.read(page, "ofwhich.txt");
        assertThat(value(report, "legacy.2.2.cumulative")).isNotEqualTo(9);
    }

    @Test
    void aRowNumberedOtherwiseEndsTheList() throws IOException {
        // 5. is not the list's next number: 网上申请数 and the rows after it do not make up 受理依申请公开信息总数 as its
        // items, and 网上申请数 is no item of it
        String page = ResourceText.of(PAGE).replace("信函、传真申请数", "5.信函、传真申请数");
        AnnualReport report = ResourceText.read(page, "numbered.txt");
        assertThat(value(report, "legacy.2.2.cumulative")).isNotEqualTo(9);
        assertThat(value(report, "legacy.3.cumulative")).isEqualTo(9);
    }

    @Test
    void zeroRowsOfACompleteListAreItsItemsWhereItsNextNumberFollows() throws IOException {
        // plain pdftotext of 27500013: 其中： / 1.当面申请数 条 0 6 / 传真申请数 条 0 30 / 电子邮件 / 申请数 条 0 0 / 4. /
        // 网上申请数 条 0 0: 传真 makes up 受理…总数 (0 36); 电子邮件申请数, all zeros, is its third item because 4. follows
        String page = ResourceText.of("/derived/portal-pages/27500013-plain.txt");
        AnnualReport report = ResourceText.read(page, "zeros.txt");
        assertThat(value(report, "legacy.2.2.cumulative")).isEqualTo(30);
        assertThat(value(report, "legacy.2.3")).isZero();
        assertThat(value(report, "legacy.2.4.cumulative")).isZero();
        // the number printed apart before 其中： (2. / 其中：) is no indicator of its own: 2.2 is 传真申请数's, its 2. from
        // the run of numbers after the table
        assertThat(value(report, "legacy.2.2")).isZero();
        assertThat(report.labels()).containsEntry("legacy.2.2", "2.传真申请数");
        // without the next number a zero row after a complete list says nothing of its place: the top level
        AnnualReport none = ResourceText.read(page.replace("\n4.\n", "\n"), "none.txt");
        assertThat(value(none, "legacy.2.3")).isEqualTo(-1);
        assertThat(value(none, "legacy.3")).isZero();
        // a row that exceeds what its parent lacks is no item of it, the number below notwithstanding (the run of
        // numbers after the table, which would give it its 3., cut in two by a line of text: no run tells)
        String five = page.replace("申请数\n\n条\n\n0\n\n0\n\n4.", "申请数\n\n条\n\n0\n\n5\n\n4.")
                .replace("\n6.\n\n.\n", "\n6.\n\n续表\n");
        assertThat(five).contains("0\n\n5\n\n4.", "续表");
        AnnualReport more = ResourceText.read(five, "more.txt");
        assertThat(value(more, "legacy.2.3.cumulative")).isEqualTo(-1);
    }

    @Test
    void aLabelsFirstLineWithItsLostNumberGoesWithTheRowBelow() throws IOException {
        // plain pdftotext of 27500006: ．传真申请数 条 40 40 / ．电子 / 邮件申请数 条 0 77: the first line of the third
        // item's label, with its number's mark, makes the row below an item of the list, not a new indicator
        String page = ResourceText.of("/derived/portal-pages/27500006-plain.txt");
        AnnualReport report = ResourceText.read(page, "wrap.txt");
        assertThat(value(report, "legacy.2.3.cumulative")).isEqualTo(77);
        assertThat(report.labels()).containsEntry("legacy.2.3", ".电子邮件申请数");
        assertThat(value(report, "legacy.3.cumulative")).isEqualTo(200);
        // a line without a number's mark may as well end the label above (pdftotext -layout of 27000010: 政府公 / 2. /
        // 条 0 0 / 报公开 / 受理依申请公开信息总数 条 10 86): it is not taken for the start of the row below
        AnnualReport tail = ResourceText.read(ResourceText.of("/derived/portal-pages/27000010-layout.txt"), "tail.txt");
        assertThat(tail.labels()).containsEntry("legacy.2", "受理依申请公开信息总数");
    }

    private static int value(AnnualReport report, String key) {
        return report.value(key).map(BigDecimal::intValueExact).orElse(-1);
    }
}
