package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
            int line = row.labels().get(0).provenance().line();
            List<Placed> own = new ArrayList<>();
            List<Placed> tails = new ArrayList<>();
            for (Placed p : placed(row.cells())) {
                int at = p.token().provenance().line();
                if (at == line) own.add(p);
                else if (at > line) tails.add(p);
                else own = null;
                if (own == null) break;
            }
            if (own == null || tails.isEmpty() || !oneLine(tails)) continue;
            List<Placed> heads = new ArrayList<>();
            for (Placed p : placed(above.cells())) {
                int at = p.token().provenance().line();
                if (at >= line) heads = null;
                else if (at > labelLine(above)) heads.add(p);
                if (heads == null) break;
            }
            if (heads == null || heads.size() != tails.size() || !oneLine(heads)
                    || own.size() + tails.size() != form.width()) {
                continue;
            }
            List<Placed> joined = new ArrayList<>(own);
            boolean apart = true;
            for (int k = 0; k < heads.size() && apart; k++) {
                Placed head = heads.get(k);
                Placed tail = tails.get(k);
                apart = Math.abs(head.middle() - tail.middle()) <= ABOVE && !under(head, own)
                        && !Text.strip(head.token().raw()).startsWith("0");
                joined.add(new Placed(RowReadings.joined(head.token(),
                        Text.strip(head.token().raw()) + Text.strip(tail.token().raw())), head.middle()));
            }
            List<Token> printed = row.cells();
            if (!apart || !RowReadings.figuresOnly(printed) || RowReadings.keepsSums(printed, form.sums())) continue;
            joined.sort(Comparator.comparingDouble(Placed::middle));
            List<Token> cells = joined.stream().map(Placed::token).toList();
            if (!RowReadings.keepsSums(cells, form.sums())) continue;
            if (out == null) out = new ArrayList<>(rows);
            List<Token> kept = new ArrayList<>(above.cells());
            for (Placed h : heads) kept.remove(h.token());
            out.set(i - 1, new Row(above.labels(), kept, above.block(), false));
            out.set(i, new Row(row.labels(), cells, row.block(), false));
        }
        return out == null ? rows : out;
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
        return r.labels().isEmpty() ? 0 : r.labels().get(r.labels().size() - 1).provenance().line();
    }

    private static boolean oneLine(List<Placed> values) {
        int line = values.get(0).token().provenance().line();
        return values.stream().allMatch(p -> p.token().provenance().line() == line);
    }
}
