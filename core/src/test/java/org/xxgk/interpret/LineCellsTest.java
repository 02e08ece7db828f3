package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xxgk.internal.Text;
import org.xxgk.testing.RandomText;

class LineCellsTest {

    @Test
    void aRowOnOneLineIsItsLabelsThenItsValues() {
        assertThat(LineCells.split("一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4"))
                .containsExactly("一、本年新收政府信息公开申请数量", "4", "0", "0", "0", "0", "0", "4");
        assertThat(LineCells.split("行政许可\u00A011246\u3000增 4747 1251"))
                .containsExactly("行政许可", "11246", "增4747", "1251");
        assertThat(LineCells.split("三、本年度办理结果 (一) 予以公开 0 0")).containsExactly("三、本年度办理结果", "(一) 予以公开", "0", "0");
        assertThat(LineCells.split("(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形) 0 0"))
                .containsExactly("(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)", "0", "0");
        assertThat(LineCells.split("信息内容 本年新制作数量 本年新公开数量 对外公开总数量"))
                .containsExactly("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
        assertThat(LineCells.split("0 0 0 0")).containsExactly("0", "0", "0", "0");
    }

    @Test
    void aNumberSpacedOffItsNumberingMarkStaysWithItsLabel() {
        // pdftotext -layout of a CJK font puts the digit apart from its 、 or ．
        assertThat(LineCells.split("    2   、政府公报公开数     条   0"))
                .containsExactly("2 、政府公报公开数", "条", "0");
        assertThat(LineCells.split("1   ．属于国家秘密   0 0 0 0 0 0 0"))
                .containsExactly("1 ．属于国家秘密", "0", "0", "0", "0", "0", "0", "0");
        // pdftotext -raw of a justified cell: the label spaced out a character a word, its mark too
        assertThat(LineCells.split("2 . 重 复 申 请 ０ ０ ０ ０ ０ ０ ０"))
                .containsExactly("2 . 重 复 申 请", "０", "０", "０", "０", "０", "０", "０");
        // a number before anything else is no numbering: the line stays whole
        assertThat(LineCells.split("共 2 件 、办结 2 件")).containsExactly("共 2 件 、办结 2 件");
        assertThat(LineCells.split("2 、3 0")).containsExactly("2 、3 0");
        assertThat(LineCells.split("2 . 3 0")).containsExactly("2 . 3 0");
        assertThat(LineCells.split("2 . . 3 0")).containsExactly("2 . . 3 0");
    }

    @Test
    void aUnitAndOneValueOnALineOfTheirOwnAreTwoCells() {
        // a LEGACY indicator's cells under its label wrapped over the lines above (舆情计 / 1次) / 次 223)
        assertThat(LineCells.split("次    223")).containsExactly("次", "223");
        assertThat(LineCells.split("  件 5")).containsExactly("件", "5");
        // one value beside a word that is a value but no unit stays the line it is
        assertThat(LineCells.split("无 223")).containsExactly("无 223");
        assertThat(LineCells.split("223")).containsExactly("223");
        assertThat(LineCells.split("2018 年")).containsExactly("2018 年");
    }

    @Test
    void digitsRunOnToALabelComeApart() {
        assertThat(LineCells.split("行政许可396442278")).containsExactly("行政许可", "396442278");
        assertThat(LineCells.split("行政许可11246增47471251")).containsExactly("行政许可", "11246增47471251");
    }

    @Test
    void spacedOutLabelsProseAndDatesStayWhole() {
        assertThat(LineCells.split("结 果 维 持")).containsExactly("结 果 维 持");
        assertThat(LineCells.split("2019 年政府信息公开工作年度报告")).containsExactly("2019 年政府信息公开工作年度报告");
        assertThat(LineCells.split("全年共收到申请 5 件，办结 5 件。")).containsExactly("全年共收到申请 5 件，办结 5 件。");
        assertThat(LineCells.split("日期:2021-01-29")).containsExactly("日期:2021-01-29");
        assertThat(LineCells.split("- 3 -")).containsExactly("- 3 -");
        assertThat(LineCells.split("第 1 页")).containsExactly("第 1 页");
    }

    @Test
    void aLineOfOneWordReadsAsItsWordsWould() {
        // the one-word shortcut of split against the reading by words, on words of what cells are made of
        Random random = new Random(15);
        String cells = "0123456789.,-—/增减加少新万元件人%无年月日第号()（）、:一二三四五六七八九十其中申请公开行政许可";
        String spaces = " \u3000\t\u00A0";
        for (int i = 0; i < 100_000; i++) {
            String line = RandomText.upTo(random, spaces, 2) + RandomText.upTo(random, cells, 14)
                    + RandomText.upTo(random, spaces, 2);
            assertThat(LineCells.split(line)).as("%s", line).isEqualTo(LineCells.byWords(line));
        }
        for (String line : new String[] {"行政许可396442278", "  申请 ", "", " ", "增4747", "2019年", "(一)", "0"})
            assertThat(LineCells.split(line)).as("%s", line).isEqualTo(LineCells.byWords(line));
    }

    @Test
    void wordsJoinIntoLabelCellsAsWhenEachCellWasNormalisedWholeAfterEveryWord() {
        // brackets of every width and kind, numberings, single characters, combining marks and compatibility forms
        // (㈠ normalises to (一), ① to 1, ﹙ to (, Ｆ+◌́ and the Hangul jamo compose): a cell's brackets counted word by
        // word, as a fold, against the whole cell normalised after each word
        Random random = new Random(32);
        String alphabet = "()（）[]【】《》﹙﹚㈠①一二三1２.、:其中申请公开结果维持ＦE\u0301\u1100\u1161\u00A8";
        int joined = 0;
        for (int i = 0; i < 50_000; i++) {
            List<String> words = new ArrayList<>();
            int n = 1 + random.nextInt(8);
            for (int k = 0; k < n; k++) words.add(RandomText.of(random, alphabet, 1 + random.nextInt(4)));
            List<String> cells = LineCells.labelCells(words);
            assertThat(cells).as("%s", words).isEqualTo(labelCellsNormalisingTheCell(words));
            if (cells.size() < words.size()) joined++;
        }
        assertThat(joined).isGreaterThan(10_000);
    }

    /** The reading of label cells that normalised the whole cell after every word to count its open brackets. */
    private static List<String> labelCellsNormalisingTheCell(List<String> words) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean join = false;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            String last = cell.substring(cell.lastIndexOf(" ") + 1);
            boolean letterSpaced = LineCells.isSingle(w) && cell.length() > 0 && LineCells.isSingle(last);
            boolean note = Text.normalize(w).startsWith("(") && Labels.numbering(w).isEmpty();
            if (cell.length() > 0 && !join && !letterSpaced && !note) {
                out.add(cell.toString());
                cell.setLength(0);
            }
            if (cell.length() > 0) cell.append(' ');
            cell.append(w);
            join = Labels.isNumberingOnly(w) || LineCells.numbersNext(words, k) || LineCells.depth(cell) > 0;
        }
        if (cell.length() > 0) out.add(cell.toString());
        return out;
    }

    @Test
    void aGroupOrADecimalPartSpacedOffItsNumberOnAPageOnOneLineIsPartOfIt() {
        // every text node of a page apart by a space: a cell written in several runs (<span>9</span><span>,793</span>)
        String page = "统计期限。指标名称 计量单位 2013年度 历年累计 其中：1、网站公开 条 9 ,793 9,796 2、政府公报公开 条 0 0"
                + " （七）总计 ９６７ ６ ２７８ ９ １ ,２６０ 政府集中采购 8 95 6 ,437 ,230.1万元 政府集中采购 3 0 .4 三、收到";
        assertThat(LineCells.pieces(page)).containsSubsequence("条", "9,793", "9,796", "2、政府公报公开")
                .containsSubsequence("９", "１,２６０", "政府集中采购", "8", "95", "6,437,230.1万元")
                .containsSubsequence("3", "0.4", "三、收到");
        // no value takes a tail that would not make it one number: four digits before a group, a second point, a sign
        assertThat(LineCells.pieces("统计期限。指标名称 条 1234 ,567 0.5 .4 增5 ,000 5 ,0001 行政许可"))
                .containsSubsequence("1234", ",", "567", "0.5", ".", "4", "增5", ",", "000", "5", ",", "0001");
    }
}
