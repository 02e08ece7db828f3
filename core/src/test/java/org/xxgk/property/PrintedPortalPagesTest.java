package org.xxgk.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.Template;

/**
 * Portal pages ({@link PortalPage}) printed to PDF by chromium (or wkhtmltopdf, LibreOffice: {@code wk-},
 * {@code lo-}), then copied with {@code pdftotext}, with {@code -layout}, without, and with {@code -raw}, or with
 * pdfminer's {@code pdf2txt} ({@code miner}; {@code derived/portal-pages/}, README there): the cells read right are
 * pinned, none is misfiled. The truth is the generator's, from the seed in the file's name.
 */
class PrintedPortalPagesTest {

    @ParameterizedTest(name = "{0}-{2}")
    @CsvSource({
        // 5．属于三类… in a CJK font: pdftotext puts the 5 on the values' line, under a label starting with ．
        "18000024, V2019, layout, 198",
        // … and plain pdftotext after the values of the row above (0 0 0 0 0 0 0 / 5 / ．属于三类…); a row's first value
        // after a label so (．本机关不掌握相关政府信息 / 4 / 0 …) is no number of item 1's
        "18000024, V2019, plain, 136",
        // section 三's values centred on wrapped labels, the first on the label's first line (一、本年新收政府信 119 /
        // 息公开申请数量 81 0 0 115 37 352): one row where the two keep its sum; a label's 无 alone on a line in a narrow
        // label column (无 / 4. / 正当 …) is no blank cell; a table without its header row (18000010)
        "9000023, V2021, layout, 197",
        "9000004, V2021, layout, 197",
        "18000010, V2019, layout, 192",
        // the row's number alone on the line between the two (申请人无正当理由…、行政机关不再 ０ ０ / 1. / ０ ０ ０ ０ ０)
        "9000003, V2021, layout, 200",
        // a sub-table heading cut by a line break (第二十条 / 第（五）项) with its rows' values before their labels
        // (制作数量 0 98 98 / 规章 3 3 11 / 规范性文件): the heading's first part ends the sub-table above
        "18000020, V2019, plain, 174",
        // 其中：1.政府网站公 条 / 开数 502 502: the rest of a wrapped label with the values, below the unit's line
        // … and a label wrapped around its number, the table going on (网 / 2. / 条 / 上申请数 77 77)
        "27000011, LEGACY, layout, 32",
        // 其中：1、当面申请数 / 条 / 0 / 0 / 2 / 、网上申请数: the 2 is the next label's; 、政府公报公开数 is the item after 1
        "27000016, LEGACY, plain, 32",
        // each row's values before its label (计量单位 2010年度 历年累计 / 377 / 405 / 主动公开文件数 / 条 / 377 / 377 / …):
        // read so where the table's sums say so
        "27000002, LEGACY, plain, 32",
        // numbers wrapped in their narrow cells, the ends a line below (一、本年新收… ２１ １０１ ８ ５９ １４ ９ ４８ / ２ ２ ６:
        // 212, 92 and 486), and a row's number printed with its ends below it (属于四类过程性信息 ３ ０ ０ ０ ８ ８ ９８ / 6. /
        // ７): read by the row's sums
        "18000021, V2019, layout, 198",
        // a LEGACY item's number on a line of its own above the rest of its label (6. / 其它形式申请数 条 ０ ２)
        "27000010, LEGACY, layout, 34",
        // … and plain pdftotext of it, the header's 2010年度 broken around its other words (计量单位 201 / 历年累计 /
        // 0年度) and each row's two figures on a line (８６ １１４): the reading of the table as one column takes a row's
        // first figure, not its two as the pieces of one number, and no header word is an indicator (计量单位 201)
        "27000010, LEGACY, plain, 2",
        // a lost number printed before the values, its label's unit on the label's line (．同意部分公开答复数 条 / 2 ０ ０)
        "27000006, LEGACY, layout, 32",
        // ．信函申请数 / 5 条 6 6 / ．其它形式申请数 / 6 条 77 94: the last 6 is the row's value, not the next label's number
        // … and rows of one figure (当面申请数 条 0; 同意部分公开 条 / 答复数 0) placed under the column they stand
        // under, as the rows of two figures place it (its number apart, 3 条, under neither, is not placed)
        "27000012, LEGACY, layout, 29",
        // rows whose values stand before their labels from some row on ((六)其他处理 [(七)'s values] (七)总计 [四's]): as
        // the labels place them a part exceeds its whole ((六) above (七)), read the other way less so; those rows are
        // left unplaced, which leaves little of the table, and nothing under a wrong key
        "18000018, V2019, plain, 11",
        "9000001, V2021, plain, 197",
        // section 三's first column beside its labels, a value a row, its other six after its last label as one block,
        // a row's worth after another (plain pdftotext of a print whose 法人或其他组织 header sets them apart): joined
        // where every row keeps its sum
        "18000014, V2019, plain, 192",
        // a numbering's number spaced off its mark (1   ．属于国家秘密   0 000 0 0     0; 2   ．政府公报公开 条 9 10): one label
        "9000002, V2021, layout, 193",
        "27000000, LEGACY, layout, 34",
        // a LEGACY table in narrow columns, each label in fragments with its unit beside one and its values beside the
        // last (主动 / 公开 条 / 信息 / 数 3 6; 其 / 中： / 1、网 条 / 站公 / 开 3 6): read whole where every sum holds
        "27000003, LEGACY, plain, 34",
        "27000019, LEGACY, plain, 34",
        // the same narrow table where the numbers pdftotext printed apart land on the wrong labels (2. / 2. /
        // 3.其它形式申请数): a sum fails, the fragments are not read so; and its -layout copy, whose values stand on a
        // label's middle line (主动 / 公开 条 4224 7039 / 信息 / 数): joined up to the values, no parent sums to its
        // children, not read so either
        "27000014, LEGACY, plain, 2",
        "27000014, LEGACY, layout, 2",
        // two indicators alike (接受行政诉讼、举报数 5 5 / 行政复议数 5 5): the second is no item of the first, which
        // lists none
        "27000009, LEGACY, layout, 32",
        // pdftotext -raw: the cells in order, a wrapped number broken at a line's end (…申请数量 ３１ / １ ４０ ２ ０ ４ ２ /
        // ６ / ３８ / ３: 311 … 26 383), joined where the row's sum says (section 四's 18 pieces, a stray 0 among them,
        // are not read)
        "18000000, V2019, raw, 183",
        // … a justified label spaced out a character a word with its mark (2 . 重 复 申 请 ０ ０ ０ ０ ０ ０ ０)
        "9000020, V2021, raw, 200",
        // … a narrow LEGACY table's header a word a line, its year on 单位's line before 年度 (单位 2010 / 年度 / 历年)
        "27000003, LEGACY, raw, 34",
        // printed by wkhtmltopdf (derived/portal-pages/README): 法人或其他组织 on a line above 自然人 and 总计, which
        // stand centred in their two header rows, then the sub-columns: read left to right by where each word stands
        // (-layout), by the form where the group stands on a line of its own (-raw: 法人或其他组织 / 申请人情况 自然人 总计
        // / 商业企业 … 其他); 其他 a line above the other sub-columns; a LEGACY 2010年度 broken over three lines (201 /
        // 指标名称 计量单位 历年累计 / 0年度), the year's column before 历年累计
        "18000000, V2019, wk-layout, 198",
        "18000000, V2019, wk-raw, 198",
        "9000004, V2021, wk-layout, 197",
        "27000010, LEGACY, wk-layout, 34",
        // numbers too long for their narrow cells centred on the row's line, head above, tail below, the row's other
        // values on its line (１３ ３１ / 一、本年新收… １０５ ０ ０ ７９ ０ / ０ ４: 130 and 314), joined where each head stands
        // over its tail and the row then keeps its sums (wkhtmltopdf, LibreOffice)
        "9000003, V2021, wk-layout, 200",
        "18000021, V2019, lo-layout, 198",
        // a page with blank cells whose header words stand closer together than the figures under them (商业 科研机
        // 社会公 法律服 / 其他): a row of all seven columns is not read in order by them, so no row is read by where its
        // values stand (（一）予以公 １７ ６５ ８２: 65 is nearer 其他's word, but 法律服务机构's)
        "9000007, V2021, wk-layout, 10",
        // printed by LibreOffice (lo-), then pdftotext -raw: a narrow LEGACY label centred on its values, the rest of
        // it after them (受理依申 / 请公开信 / 条 0 118 / 息总数 / 其中： / 1、当面 …), joined where more sums hold so; the
        // header's 2012年度 broken over two lines of its own (2012 年 / 度); the header's cells on one line one space
        // apart (指标名称 计量单位 2010 年度 历年累计); rows of one value for the two columns (a blank cell) are not read
        "27000003, LEGACY, lo-raw, 34",
        "27000004, LEGACY, lo-raw, 19",
        "27000012, LEGACY, lo-raw, 26",
        // … and plain pdftotext, which prints a row's values before its label (2、政府 / 公报公开 / 条 0 0 / 条 0 118 /
        // 受理依申 / 请公开信 / 息总数 / 其中： …): three fragments after the values, two before, are no rest of a label
        // centred on them
        "27000003, LEGACY, lo-plain, 16",
        // plain pdftotext of either print: a row of several columns and no sum whose one value stands alone on a line
        // below its label, the other cells blank and dropped (政府集中采购 / 60 / 采购总金额 / 9333254): 60, in a column
        // the copy does not say, is not read as 6|0 (digits run on to the label on its line, a crawler's, still are)
        "18000015, V2019, wk-plain, 196",
        "18000015, V2019, lo-plain, 196",
        // the narrow table's header two lines of fragments one space apart (指标 计量 2010 历年 / 名称 单位 年度 累计):
        // the first line names one column (指标), no header run together; little of this copy is read, nothing misfiled
        "27000003, LEGACY, layout, 2",
        // LibreOffice's print with other fonts (Noto CJK alone), then pdftotext -layout: the header's 2016年度 on the
        // lines above and below its own (2016 年 / 指标名称 计量单位 历年累计 / 度; 201 / … 0 年 … / 度), which then names
        // the cumulative column only; the rows' two figures, each year's at most the cumulative one, say the year's
        // column is there
        "27000010, LEGACY, lo-layout, 34",
        "27000001, LEGACY, lo-layout, 19",
        // plain pdftotext of the Chromium print, pages outside the measured set (seeds 27500000 on): a LEGACY table
        // without 一、 numbering whose items lost their numbers (其中：1.网站公开 条 71 82 / 政府公报公开 条 0 530, its 2.
        // lines further on; 其中：1. / 当面申请数 … / 网上申请数 … / 信函、传真申请数 …): each is its list's next item where
        // it and the rows after it make up exactly what their parent lacks, not a new indicator at the top level
        "27500018, LEGACY, plain, 34",
        "27500007, LEGACY, plain, 32",
        // … the first indicator's label printed between the header's 指标名称 and its other words, its values on theirs
        // (指标名称 / 主动公开信 / 息数 / 计量单位 2018年度 历年累计 条 3 6,454), and a label's first line with its item's
        // lost number (．电子 / 邮件申请数 条 0 77)
        "27500006, LEGACY, plain, 34",
        // … and a LEGACY page whose items' numbers pdftotext printed together after their rows (2. / 2. / 3. / 2.):
        // each back to its item where one way only takes them all in order, each its list's next
        "27500022, LEGACY, plain, 32",
        // … and a V2021 page whose every row of 三 prints its values before its label, or between its label's lines
        // where it wraps, some rows none on their label's line (（二）部分公开… / （三）不予公开): read so, label-only rows
        // among them, where the sums between rows hold so with totals not 0 and hold less as the labels place them
        "9500003, V2021, plain, 194",
        // … and a V2019 page the same from section 三's first row on (一、本年新收… prints nothing on its line), a label's
        // first line holding the one value it had room for, the rest on the next row's line with that row's; section
        // 二's 第(六)项 sub-table under a heading cut after its 第 (第二十条第 / （六）项), its values before its labels too
        "18500021, V2019, plain, 186",
        // … and V2021 pages whose section 三 prints its first columns beside its labels, a row's worth a row, its other
        // columns as one block after its last label (after section 四's heading), a row's worth after another, the
        // rows after the block's last printed whole: read so where every row's sum and the sums between rows hold
        "9500004, V2021, plain, 194",
        // … and section 四's rows: a group's values over two lines, the first on its label's first line (行政诉讼（未经复议
        // 直接起 0 / 诉） 77 0 1 78, -layout); the whole table's fifteen on the heading's line (plain), read
        "18500004, V2019, layout, 195",
        "9500018, V2021, plain, 207",
        // … its values run together there (0   0 0000000000000): fifteen, not two
        "18000008, V2019, layout, 194",
        "9000013, V2021, plain, 194",
        // pdfminer's pdf2txt of the Chromium print (-miner): a sub-table of two rows of like columns column by column,
        // each column's cell of the first row then of the second, the second's label beside its first cell or on a
        // line of its own (规章 / 0 / 行政规范性文件 0 / 0 / 3 / 0 / 687; 行政处罚 / ２３２ / 行政强制 / ６９ / ０ ０ ０ ２０２); two
        // one-column rows whose labels run into one another, both values after the second (行政 / 处罚 / 行政 / 强制 /
        // 本年处理决定数量 / 285 / 0): read in the rows' order
        "9000000, V2021, miner, 52",
        "18000011, V2019, miner, 31",
        "18000021, V2019, miner, 100",
        "9000004, V2021, miner, 39",
    })
    void copiesOfPrintedPagesMisfileNothing(long seed, Template template, String copy, int right) throws IOException {
        GeneratedReport r = ReportGenerator.generate(template, seed);
        PortalPage page = new PortalPage(r, new Random(seed));
        page.render();
        Map<String, BigDecimal> truth = page.truth();
        AnnualReport report;
        try (InputStream in = getClass().getResourceAsStream("/derived/portal-pages/" + seed + "-" + copy + ".txt")) {
            report = Xxgk.read(in, seed + ".txt");
        }
        SoftAssertions soft = new SoftAssertions();
        int read = TruthCheck.cellsRight(report, truth, soft, seed + "-" + copy, "");
        soft.assertAll();
        assertThat(report.template()).isEqualTo(template);
        assertThat(read).as("cells read right of " + truth.size()).isEqualTo(right);
        // the page's title wraps in the print (…工作年度报 / 告): agency and year are the page's own
        assertThat(report.agency()).hasValue(r.agency());
        assertThat(report.year()).hasValue(r.year());
    }
}
