package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.Template;
import org.xxgk.source.Provenance;

import static org.assertj.core.api.Assertions.assertThat;

/** How a run of section 三 values splits into the form's rows: one after the other, or a block column by column. */
class RunShapeTest {

    private static final RunShape SHAPE = RunShape.of(FormProfile.of(Template.V2019).rows());

    @Test
    void sectionThreeRowsAreSevenWideAndSum() {
        assertThat(SHAPE.width()).isEqualTo(7);
        assertThat(SHAPE.rows(tokens("1 0 0 0 0 0 1"))).isPresent();
        assertThat(SHAPE.rows(tokens("1 0 0 0 0 0 2"))).isEmpty();
    }

    @Test
    void rowsOneAfterTheOther() {
        assertThat(numbers(SHAPE.rows(tokens("9 0 0 0 0 0 9 1 0 0 1 0 0 2"))))
                .containsExactly(List.of(9, 0, 0, 0, 0, 0, 9), List.of(1, 0, 0, 1, 0, 0, 2));
    }

    @Test
    void aBlockPrintedColumnByColumnIsTurned() {
        // three rows, 自然人 down the three, then 商业企业 … 总计 (pdftotext beside a label spanning them)
        String columns = "0 1 31  0 0 0  0 0 0  0 0 0  0 0 0  0 0 2  0 1 33";
        assertThat(numbers(SHAPE.rows(tokens(columns))))
                .containsExactly(List.of(0, 0, 0, 0, 0, 0, 0), List.of(1, 0, 0, 0, 0, 0, 1),
                        List.of(31, 0, 0, 0, 0, 2, 33));
        // the same values one row after the other do not sum: only the turned reading is there
        assertThat(SHAPE.rowsInOrder(tokens(columns))).isEmpty();
        // a row as printed, then a block: 部分公开's seven, then two rows column by column
        assertThat(numbers(SHAPE.rows(tokens("9 0 0 0 0 0 9  1 2  0 0  0 0  0 0  0 0  0 0  1 2"))))
                .containsExactly(List.of(9, 0, 0, 0, 0, 0, 9), List.of(1, 0, 0, 0, 0, 0, 1),
                        List.of(2, 0, 0, 0, 0, 0, 2));
    }

    @Test
    void valuesThatSplitTwoWaysAreNotRows() {
        // two rows that sum both as printed (0…0 / 1 0 0 0 0 0 1) and turned (0…0 / 0 0 0 1 0 0 1): which is unknown
        String both = "0 0 0 0 0 0 0  1 0 0 0 0 0 1";
        assertThat(SHAPE.rowsInOrder(tokens(both))).isPresent();
        assertThat(SHAPE.rows(tokens(both))).isEmpty();
        // the same numbers either way are one reading
        assertThat(SHAPE.rows(tokens("0 0 0 0 0 0 0  0 0 0 0 0 0 0"))).isPresent();
        assertThat(SHAPE.rows(tokens("1 0 0 0 0 0 1 5"))).isEmpty();
        assertThat(SHAPE.rows(tokens("1 0 0 0 0 0 1 万元"))).isEmpty();
    }

    private static List<Token> tokens(String values) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        for (String v : values.trim().split("\\s+")) {
            out.add(new Token(v, Values.parse(v), Provenance.line(line++), false, Optional.empty(), 0));
        }
        return out;
    }

    private static List<List<Integer>> numbers(Optional<List<List<Token>>> rows) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<Token> r : rows.orElse(List.of())) {
            out.add(RowReadings.numbers(r).stream().map(BigDecimal::intValueExact).toList());
        }
        return out;
    }
}
