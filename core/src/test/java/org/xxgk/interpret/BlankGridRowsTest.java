package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/**
 * A row of a table that prints its label and only blank cells (a report that leaves its zeros blank, every cell of
 * the row zero) is the form's row all the same: each of its cells has a key, without a value (cells.md: a key for
 * every cell the report prints, null where it is blank). Real 017 (OCR Markdown, pipe tables) with rows blanked.
 */
class BlankGridRowsTest {

    private static final String PUBLICATION_ROW = "| 3. 要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
    private static final String BLANK_PUBLICATION_ROW = "| 3. 要求提供公开出版物 |  |  |  |  |  |  |  |";
    private static final String PUBLICATION = "applications.notProcessed.publication.";

    private static String text() throws IOException {
        return ResourceText.of("/real/017.txt");
    }

    private static String replaced(String text, String row, String by) {
        assertThat(text).contains(row);
        return text.replace(row, by);
    }

    /** Every key of the golden file but those starting with {@code except} as there, and no key it lacks. */
    private static void restAsGolden(AnnualReport r, String except) {
        Golden golden = Golden.load("/real/017.json", "017");
        GoldenAssert.assertCellsExcept(r, golden, except);
        assertThat(r.cells().keySet()).allMatch(k -> k.startsWith(except) || golden.cells().containsKey(k));
    }

    @Test
    void aBlankRowOfSectionThreeHasEveryKeyWithoutAValue() throws IOException {
        AnnualReport r = ResourceText.read(replaced(text(), PUBLICATION_ROW, BLANK_PUBLICATION_ROW), "017.txt");
        for (String column : List.of("naturalPerson", "commercial", "research", "publicInterest", "legalService",
                "otherOrg", "total")) {
            assertThat(r.prints(PUBLICATION + column)).as(column).isTrue();
            assertThat(r.value(PUBLICATION + column)).as(column).isEmpty();
        }
        restAsGolden(r, PUBLICATION);
    }

    @Test
    void theLastRowOfTheFormToo() throws IOException {
        String carriedForward = "| 四、结转下年度继续办理 | 31 | 0 | 0 | 0 | 0 | 0 | 31 |";
        AnnualReport r = ResourceText.read(
                replaced(text(), carriedForward, "| 四、结转下年度继续办理 |  |  |  |  |  |  |  |"), "017.txt");
        assertThat(r.prints("applications.carriedForward.total")).isTrue();
        assertThat(r.value("applications.carriedForward.total")).isEmpty();
        restAsGolden(r, "applications.carriedForward.");
    }

    @Test
    void aBlankRowOfSectionTwoToo() throws IOException {
        AnnualReport r = ResourceText.read(replaced(text(), "| 规章 | 0 | 0 | 0 |", "| 规章 |  |  |  |"), "017.txt");
        for (String column : List.of("issued", "repealed", "inForce")) {
            assertThat(r.prints("active.rules." + column)).as(column).isTrue();
            assertThat(r.value("active.rules." + column)).as(column).isEmpty();
        }
        restAsGolden(r, "active.rules.");
    }

    @Test
    void aGridWiderThanTheFormAsWideAsTheRowsBesideIt() throws IOException {
        // a column the form lacks, empty in every row (as a table extractor may add): the blank row is as wide as its
        // neighbours, whose first seven cells are the form's
        StringBuilder wider = new StringBuilder();
        for (String line : replaced(text(), PUBLICATION_ROW, BLANK_PUBLICATION_ROW).split("\n", -1)) {
            boolean notProcessed = line.matches("\\| [1-5]\\. (信访|重复|要求|无正当).*");
            wider.append(line).append(notProcessed ? "  |" : "").append('\n');
        }
        AnnualReport r = ResourceText.read(wider.toString(), "017.txt");
        assertThat(r.prints(PUBLICATION + "total")).isTrue();
        assertThat(r.value(PUBLICATION + "total")).isEmpty();
        restAsGolden(r, PUBLICATION);
    }

    @Test
    void notWhereARowWithValuesBesideItTookNoFormRow() throws IOException {
        // 附注 1 2 matches no row of the form, and the alignment left it: which printed row is which is in doubt there
        AnnualReport r = ResourceText.read(
                replaced(text(), PUBLICATION_ROW, "| 附注 | 1 | 2 |  |  |  |  |  |\n" + BLANK_PUBLICATION_ROW),
                "017.txt");
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith(PUBLICATION));
        restAsGolden(r, PUBLICATION);
    }

    @Test
    void aBlankRowWhoseLabelIsNoFormRowsGivesNoKey() throws IOException {
        // in place of the form's row 3.要求提供公开出版物, which the report leaves out: a label like it, not close enough
        // (the alignment takes less for a row with values, whose count and sums speak too)
        AnnualReport r = ResourceText.read(
                replaced(text(), PUBLICATION_ROW, "| 3. 要求提供出版物 |  |  |  |  |  |  |  |"), "017.txt");
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith(PUBLICATION));
        restAsGolden(r, PUBLICATION);
    }

    @Test
    void aRowThatPrintsAUnitInACellIsNotABlankRow() throws IOException {
        AnnualReport r = ResourceText.read(
                replaced(text(), PUBLICATION_ROW, "| 3. 要求提供公开出版物 |  |  |  |  |  |  | 件 |"), "017.txt");
        assertThat(r.cells().keySet()).noneMatch(k -> k.startsWith(PUBLICATION));
        restAsGolden(r, PUBLICATION);
    }

    @Test
    void aGridRowWithACellBeyondTheFormBelowABlankRowKeepsItsColumns() throws IOException {
        // a grid keeps each cell in its column: 行政规范性文件's first three are its own, whatever stands above
        String text = replaced(replaced(text(), "| 规章 | 0 | 0 | 0 |", "| 规章 |  |  |  |"),
                "| 行政规范性文件 | 6 | 1 | 32 |", "| 行政规范性文件 | 6 | 1 | 32 | 5 |");
        AnnualReport r = ResourceText.read(text, "017.txt");
        assertThat(r.value("active.normativeDocs.issued"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(6));
        assertThat(r.value("active.normativeDocs.inForce"))
                .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(32));
    }
}
