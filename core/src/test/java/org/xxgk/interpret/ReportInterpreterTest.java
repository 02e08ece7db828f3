package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.NotAReportException;
import org.xxgk.XxgkException;
import org.xxgk.extract.Block;
import org.xxgk.extract.Cell;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.Template;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportInterpreterTest {

    @Test
    void textWithNothingOfAReportIsNotAReport() {
        assertThatThrownBy(() -> SeedText.read("会议纪要\n今天开会讨论了食堂菜单。\n"))
                .isInstanceOf(NotAReportException.class)
                .extracting(e -> ((XxgkException) e).reason().code()).isEqualTo("not-a-report");
    }

    /** A page that names an annual report but prints no table of the forms (a notice, a news item) is no report. */
    @Test
    void aPageNamingAReportWithoutItsTablesIsNotAReport() {
        assertThatThrownBy(() -> SeedText.read("某局2020年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳。\n"))
                .isInstanceOf(NotAReportException.class)
                .hasMessageContaining("no statistical table")
                .extracting(e -> ((XxgkException) e).reason().code()).isEqualTo("not-a-report");
    }

    /** The interpreter asks for the time in its long loops, so that a time limit stops a huge input mid-way. */
    @Test
    void aTimeLimitStopsTheInterpreterMidWay() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 20_000; i++)
            blocks.add(new TextBlock("第" + i + "段：本段是测试用的填充文字，与年度报告无关。", Provenance.line(i + 1)));
        ExtractedDocument document = new ExtractedDocument("huge.txt", DocumentFormat.TEXT, blocks);
        int[] calls = {0};
        assertThatThrownBy(() -> new ReportInterpreter().interpret(document, () -> {
            if (++calls[0] > 1_000) throw new IllegalStateException("deadline");
        })).hasMessage("deadline");
        assertThat(calls[0]).isEqualTo(1_001);
    }

    /** A grid as an HTML extractor hands it over: spans expanded, copies marked, group labels merged over rows. */
    @Test
    void gridWithSpanCopiesIsAlignedByLabel() {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(1, "第二十条第(九)项", "=", "=", "="));
        rows.add(row(2, "信息内容", "采购项目数量", "采购总金额", "="));
        rows.add(row(3, "政府集中采购", "19", "14241119.2", "="));
        List<Block> blocks = List.of(new TextBlock("二、主动公开政府信息情况", Provenance.NONE),
                new TableGrid(1, rows, Provenance.cell(0, 1, 0, 0)));
        AnnualReport r =
                new ReportInterpreter().interpret(new ExtractedDocument("g.html", DocumentFormat.HTML, blocks));
        assertThat(r.template()).isEqualTo(Template.V2019);
        assertThat(r.value("active.procurement.count")).contains(new BigDecimal("19"));
        assertThat(r.value("active.procurement.amount")).contains(new BigDecimal("14241119.2"));
        assertThat(r.cell("active.procurement.amount").get().provenance()).isEqualTo(Provenance.cell(0, 1, 3, 3));
    }

    /** "=" marks a copy of the cell to its left (a colspan), as the HTML extractor emits them. */
    private static List<Cell> row(int r, String... texts) {
        List<Cell> out = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            if (texts[c].equals("=")) out.add(out.get(c - 1).asCopy());
            else out.add(Cell.of(texts[c], Provenance.cell(0, 1, r, c + 1)));
        }
        return out;
    }
}
