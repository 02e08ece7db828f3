package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;

/**
 * Section 三 read by the form's order where its labels leave it in doubt ({@link SectionPour}) is read in a layout the
 * report may print: with V2021's (六) as the sum row, with its parts, or with both. A layout that leaves out rows the
 * labels found printed is not the report's: in an all-zero section every layout keeps the sums, so without this the
 * parts' values went to the (六) row, and every row after it a place off, where 总计 and 结转 print no values of their
 * own (pdfminer's copy of a portal page prints them after 四's heading, where no row of 三 is looked for).
 */
class SectionPourLayoutTest {

    private static final String ROW_OF_ZEROS = "0 0 0 0 0 0 0";

    /** Seed 001 (V2021, 三 all zeros) with 总计 and 结转 printed without values. */
    private static SeedText totalsWithoutValues() {
        SeedText t = SeedText.load("001");
        t.printRow("(七)总计", 7, "(七)总计");
        t.printRow("四、结转下年度继续办理", 7, "四、结转下年度继续办理");
        return t;
    }

    @Test
    void thePartsLabelsPrintedKeepTheirValues() {
        AnnualReport r = totalsWithoutValues().read();
        for (String part : new String[] {"overdueCorrection", "overdueFee", "otherReasons"}) {
            assertThat(SeedText.applicationRow(r, "other." + part)).as(part).hasSize(7);
        }
        assertThat(SeedText.applicationRow(r, "other")).isEmpty();
    }

    @Test
    void aSumRowPrintedInsteadOfItsPartsIsStillPoured() {
        // the report prints (六) as one row and no parts: the layout with the sum row alone is the report's
        SeedText t = totalsWithoutValues();
        int at = t.indexOf("(六)其他处理");
        t.lines.subList(at, at + 1 + 3 * 8).clear();
        t.lines.add(at, "(六)其他处理");
        t.lines.add(at + 1, ROW_OF_ZEROS);
        AnnualReport r = t.read();
        assertThat(SeedText.applicationRow(r, "other")).hasSize(7);
        assertThat(SeedText.applicationRow(r, "other.overdueFee")).isEmpty();
    }
}
