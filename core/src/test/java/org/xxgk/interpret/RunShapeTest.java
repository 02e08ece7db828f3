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

    @Test
    void runsSplitAsTheSearchOverTokenRowsSplitsThem() {
        // rows that sum, some all zero, laid out one after the other or in blocks column by column, some values
        // changed: the split over the values' numbers against the search that made token rows and compared their
        // numbers for every block and way
        java.util.Random random = new java.util.Random(32);
        int read = 0;
        int ambiguous = 0;
        for (int i = 0; i < 4_000; i++) {
            List<List<Integer>> rows = new ArrayList<>();
            int count = 1 + random.nextInt(7);
            for (int r = 0; r < count; r++) rows.add(summingRow(random));
            List<Integer> laid = new ArrayList<>();
            for (int r = 0; r < count; ) {
                int size = Math.min(count - r, random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 1);
                for (int c = 0; c < SHAPE.width(); c++) {
                    for (int k = 0; k < size; k++) laid.add(size == 1 ? rows.get(r).get(c) : rows.get(r + k).get(c));
                }
                if (size == 1) {
                    laid.subList(laid.size() - SHAPE.width(), laid.size()).clear();
                    laid.addAll(rows.get(r));
                }
                r += size;
            }
            if (random.nextInt(4) == 0) laid.set(random.nextInt(laid.size()), random.nextInt(3));
            StringBuilder text = new StringBuilder();
            for (int v : laid) text.append(v).append(' ');
            List<Token> values = tokens(text.toString());
            Optional<List<List<Token>>> split = SHAPE.rows(values);
            assertThat(split).as("%s", laid).isEqualTo(rowsByTokenRows(values, true));
            assertThat(SHAPE.rowsInOrder(values)).as("%s", laid).isEqualTo(rowsByTokenRows(values, false));
            if (split.isPresent()) read++;
            else if (SHAPE.rowsInOrder(values).isPresent()) ambiguous++;
        }
        assertThat(read).isGreaterThan(1_000);
        assertThat(ambiguous).isGreaterThan(100);
    }

    /** A row of section 三 whose sums hold: small counts, often zeros. */
    private static List<Integer> summingRow(java.util.Random random) {
        List<Integer> row = new ArrayList<>();
        for (int c = 0; c < SHAPE.width(); c++) row.add(random.nextInt(3) == 0 ? random.nextInt(3) : 0);
        for (int pass = 0; pass < 3; pass++) {
            for (FormProfile.Sum s : SHAPE.sums()) {
                int total = 0;
                for (int part : s.parts()) total += row.get(part);
                row.set(s.total(), total);
            }
        }
        return row;
    }

    /** The split of a run as made before: token rows for every block, their numbers compared for every way. */
    private static Optional<List<List<Token>>> rowsByTokenRows(List<Token> values, boolean columns) {
        int width = SHAPE.width();
        int n = values.size();
        if (n == 0 || n % width != 0 || n / width > 40 || !RowReadings.figuresOnly(values)) return Optional.empty();
        List<List<List<Token>>> ways = new ArrayList<>();
        ways.add(List.of());
        List<List<Token>> ambiguousWay = List.of(List.of());
        for (int k = 1; k <= n / width; k++) {
            List<List<Token>> way = null;
            boolean ambiguous = false;
            for (int size = 1; size <= (columns ? k : 1) && !ambiguous; size++) {
                List<List<Token>> before = ways.get(k - size);
                if (before == null) continue;
                if (before == ambiguousWay) {
                    ambiguous = true;
                    continue;
                }
                List<Token> block = values.subList((k - size) * width, k * width);
                List<List<Token>> candidate = new ArrayList<>(before);
                boolean sums = true;
                for (int r = 0; r < size && sums; r++) {
                    List<Token> row = new ArrayList<>();
                    for (int c = 0; c < width; c++) row.add(size == 1 ? block.get(c) : block.get(c * size + r));
                    sums = RowReadings.keepsSums(row, SHAPE.sums());
                    candidate.add(row);
                }
                if (!sums) continue;
                if (way == null) {
                    way = candidate;
                } else {
                    for (int r = 0; r < way.size() && !ambiguous; r++) {
                        List<BigDecimal> x = RowReadings.numbers(way.get(r));
                        List<BigDecimal> y = RowReadings.numbers(candidate.get(r));
                        for (int c = 0; c < x.size(); c++) if (x.get(c).compareTo(y.get(c)) != 0) ambiguous = true;
                    }
                }
            }
            ways.add(ambiguous ? ambiguousWay : way);
        }
        List<List<Token>> all = ways.get(n / width);
        return all == null || all == ambiguousWay ? Optional.empty() : Optional.of(all);
    }
}
