package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xxgk.internal.Text;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;

/**
 * Section 三's numbers too long for their narrow cells, centred on the row's line, as {@code pdftotext -layout} copies a
 * page printed by wkhtmltopdf: each such number's head on the line above the row's, its tail on the line below, the
 * row's other values on its own line ({@code １３ ３１} / {@code 一、本年新收… １０５ ０ ０ ７９ ０} / {@code ０ ４}: 130 and
 * 314). Read as they stand, the heads end the row above and the tails run on after the row's values, a row's worth in
 * the wrong columns. They are joined where each head stands right above a tail, neither under a value of the row's
 * line, the row then holds the form's count of values in the order they stand, and it keeps the row's sums, which the
 * values as printed do not.
 */
final class ValuesAboveAndBelow {

    /** How far apart (characters) a head's middle and its tail's may stand. */
    private static final double ABOVE = 1.5;

    private ValuesAboveAndBelow() {}

    /**
     * {@code rows} with each such row in {@code [from, to)} joined: the row above loses the heads, the row takes them
     * joined to its tails, among its values by where they stand.
     *
     * @param form a row of section 三 (all have its columns and sums)
     */
    static List<Row> join(List<Row> rows, int from, int to, FormProfile.Row form) {
        List<Row> out = null;
        for (int i = Math.max(from, 1); i < to; i++) {
            List<Row> now = out == null ? rows : out;
            Row above = now.get(i - 1);
            Row row = now.get(i);
            if (above.grid() || row.grid() || row.labels().isEmpty() || !row.hasValues()) continue;
            // a row's worth of figures only; one that adds up as printed is read as it stands
            List<Token> printed = row.cells();
            if (printed.size() != form.width() || !RowReadings.figuresOnly(printed)
                    || RowReadings.keepsSums(printed, form.sums())) {
                continue;
            }
            int line = line(row.labels().get(0));
            List<Placed> values = placed(printed);
            List<Placed> aboveCells = placed(above.cells());
            if (values.stream().anyMatch(p -> line(p.token()) < line)
                    || aboveCells.stream().anyMatch(p -> line(p.token()) >= line)) {
                continue;
            }
            List<Placed> own = values.stream().filter(p -> line(p.token()) == line).toList();
            List<Placed> tails = values.stream().filter(p -> line(p.token()) > line).toList();
            int aboveLabels = labelLine(above);
            List<Placed> heads = aboveCells.stream().filter(p -> line(p.token()) > aboveLabels).toList();
            if (tails.isEmpty() || heads.size() != tails.size() || !oneLine(heads) || !oneLine(tails)) continue;
            Optional<List<Token>> joined = joined(heads, tails, own);
            if (joined.isEmpty() || !RowReadings.keepsSums(joined.get(), form.sums())) continue;
            if (out == null) out = new ArrayList<>(rows);
            List<Token> kept = new ArrayList<>(above.cells());
            for (Placed h : heads) kept.remove(h.token());
            out.set(i - 1, new Row(above.labels(), kept, above.block(), false));
            out.set(i, new Row(row.labels(), joined.get(), row.block(), false));
        }
        return out == null ? rows : out;
    }

    /**
     * The row's values with each head joined to the tail below it, in the order they stand; empty where a head stands
     * off its tail, over one of the row's own values, or starts with a 0 (no number but 0 itself does).
     */
    private static Optional<List<Token>> joined(List<Placed> heads, List<Placed> tails, List<Placed> own) {
        List<Placed> out = new ArrayList<>(own);
        for (int k = 0; k < heads.size(); k++) {
            Placed head = heads.get(k);
            String first = Text.strip(head.token().raw());
            if (Math.abs(head.middle() - tails.get(k).middle()) > ABOVE || under(head, own) || first.startsWith("0")) {
                return Optional.empty();
            }
            String whole = first + Text.strip(tails.get(k).token().raw());
            out.add(new Placed(RowReadings.joined(head.token(), whole), head.middle()));
        }
        out.sort(Comparator.comparingDouble(Placed::middle));
        return Optional.of(out.stream().map(Placed::token).toList());
    }

    /** A value and the middle of where it stands on its line (characters). */
    private record Placed(Token token, double middle) {}

    /** The values with known places, all of them, or none where one's place is unknown. */
    private static List<Placed> placed(List<Token> cells) {
        double[] middles = TextColumns.middles(cells, TextColumns.starts(cells, true));
        List<Placed> out = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            if (Double.isNaN(middles[k])) return List.of();
            out.add(new Placed(cells.get(k), middles[k]));
        }
        return out;
    }

    /** Whether a head stands over one of the row's own values (within its length), not beside them. */
    private static boolean under(Placed head, List<Placed> own) {
        for (Placed p : own) {
            if (Math.abs(p.middle() - head.middle()) < p.token().raw().length() / 2.0 + 1) return true;
        }
        return false;
    }

    private static int labelLine(Row r) {
        return r.labels().isEmpty() ? 0 : line(r.labels().get(r.labels().size() - 1));
    }

    private static boolean oneLine(List<Placed> values) {
        int line = line(values.get(0).token());
        return values.stream().allMatch(p -> line(p.token()) == line);
    }

    private static int line(Token t) {
        return t.provenance().line();
    }
}
