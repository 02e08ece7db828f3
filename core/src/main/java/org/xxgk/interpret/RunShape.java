package org.xxgk.interpret;

import java.util.List;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;

/**
 * The width and sums of the form's rows that sum within themselves (section 三's: 总计 is the sum of the applicant
 * columns). A copy that lost the labels of some rows (one cell a line, labels moved after the values) prints
 * their values on the row above: {@code k} times that width, each part keeping the sum, runs over {@code k} rows.
 */
record RunShape(int width, List<FormProfile.Sum> sums) {
    static RunShape of(List<FormProfile.Row> form) {
        for (FormProfile.Row f : form) if (!f.sums().isEmpty()) return new RunShape(f.width(), f.sums());
        return new RunShape(0, List.of());
    }

    /** How many form rows the row's values run over: 1 unless they are at least two parts. */
    int partsOf(Row r) {
        int parts = partsOf(RowReadings.trimmed(r.cells(), width));
        return parts >= 2 ? parts : 1;
    }

    /**
     * How many rows' worth {@code values} are: numbers or stand-ins only, a multiple of the width, each part
     * keeping the sums; 0 if they are not.
     */
    int partsOf(List<Token> values) {
        if (width == 0 || values.isEmpty() || values.size() % width != 0) return 0;
        for (Token t : values) {
            Values.Kind kind = t.value().kind();
            if (kind != Values.Kind.NUMBER && kind != Values.Kind.NIL) return 0;
        }
        for (int p = 0; p < values.size(); p += width) {
            if (!RowReadings.keepsSums(values.subList(p, p + width), sums)) return 0;
        }
        return values.size() / width;
    }

    /** The {@code p}-th part of a run: the first keeps the row's labels. */
    Row part(Row r, int p) {
        List<Token> c = RowReadings.trimmed(r.cells(), width);
        return new Row(p == 0 ? r.labels() : List.of(), c.subList(p * width, (p + 1) * width), r.block(), r.grid());
    }
}
