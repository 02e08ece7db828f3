package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.interpret.FormAligner.Placement;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;

/**
 * Rows of a grid that print a form row's label and nothing but blank cells ({@code 3.要求提供公开出版物} with seven
 * empty cells, where the report leaves its zeros blank): the form's row, each cell a key without a value, as cells.md
 * asks of every cell a report prints. The alignment passes such rows by (a row without values may be a heading or a
 * label's first line), so they are matched here, after it: between two rows it placed (or before the first, after
 * the last, within its grid), by label, to a form row between theirs that none took, with as many cells as that
 * row's columns. No value is placed, so a wrong match costs no number; still, where a row with values between the
 * same placed rows took no form row, none is matched (that row may be the blank row's own second line).
 */
final class BlankGridRows {

    private static final double SAME_LABEL = 0.9;

    private BlankGridRows() {}

    static void place(List<Row> rows, List<Placement> placements, List<FormProfile.Row> form, CellSink sink) {
        if (placements.isEmpty()) return;
        List<Placement> ordered = new ArrayList<>(placements);
        ordered.sort((a, b) -> Integer.compare(a.row(), b.row()));
        // each gap: before the first placed row (within its grid), between two, after the last (within its grid)
        for (int k = -1; k < ordered.size(); k++) {
            Optional<Placement> above = k >= 0 ? Optional.of(ordered.get(k)) : Optional.empty();
            Optional<Placement> below = k + 1 < ordered.size() ? Optional.of(ordered.get(k + 1)) : Optional.empty();
            Placement neighbour = above.orElseGet(below::get);
            int fromForm = above.map(a -> indexOf(form, a.form())).orElse(-1);
            int toForm = below.map(b -> indexOf(form, b.form())).orElse(form.size());
            if (toForm <= fromForm + 1) continue;
            int block = neighbour.printed().block();
            int fromRow = above.map(a -> a.row() + 1).orElse(neighbour.row());
            while (above.isEmpty() && fromRow > 0 && rows.get(fromRow - 1).block() == block) fromRow--;
            int toRow = below.map(Placement::row).orElse(neighbour.row() + 1);
            while (below.isEmpty() && toRow < rows.size() && rows.get(toRow).block() == block) toRow++;
            List<Row> blank = new ArrayList<>();
            boolean unplacedValues = false;
            for (int i = fromRow; i < toRow; i++) {
                Row r = rows.get(i);
                if (r.hasValues()) unplacedValues = true;
                else if (r.grid() && !r.labels().isEmpty() && !r.cells().isEmpty()) blank.add(r);
            }
            if (unplacedValues) continue;
            List<FormProfile.Row> between = form.subList(fromForm + 1, toForm);
            for (Row r : blank) match(r, neighbour, between).ifPresent(f -> {
                List<Token> cells = ownCells(r);
                for (int c = 0; c < f.width(); c++) sink.put(f.key(c), cells.get(c), Optional.empty());
            });
        }
    }

    /**
     * The form row whose label the row prints (the best match), of as many columns as the row's cells, or as the
     * placed row beside it where the row has as many cells as that one (a grid wider than the form, as one pipe table
     * that holds sections 三 and 四, or an extractor's empty column, gives each row more cells).
     */
    private static Optional<FormProfile.Row> match(Row r, Placement beside, List<FormProfile.Row> candidates) {
        List<Token> cells = ownCells(r);
        for (Token t : cells) if (t.value().kind() != Values.Kind.EMPTY) return Optional.empty();
        boolean shapedBeside = cells.size() == ownCells(beside.printed()).size();
        String label = FormAligner.own(r);
        FormProfile.Row best = null;
        double bestScore = 0;
        for (FormProfile.Row f : candidates) {
            if (f.width() > cells.size()) continue;
            if (f.width() != cells.size() && !(shapedBeside && f.width() == beside.form().width())) continue;
            double score = LabelSimilarity.matchPrepared(label, f.prepared()).score();
            if (score < SAME_LABEL || score <= bestScore) continue;
            best = f;
            bestScore = score;
        }
        return Optional.ofNullable(best);
    }

    private static List<Token> ownCells(Row r) {
        List<Token> own = new ArrayList<>();
        for (Token t : r.cells()) if (!t.copy()) own.add(t);
        return own;
    }

    private static int indexOf(List<FormProfile.Row> form, FormProfile.Row row) {
        for (int i = 0; i < form.size(); i++) if (form.get(i) == row) return i;
        return -1;
    }
}
