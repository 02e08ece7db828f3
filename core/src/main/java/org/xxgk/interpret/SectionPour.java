package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xxgk.interpret.FormAligner.Placement;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;

/**
 * A section whose rows sum (三) read by the form's order where its labels leave it in doubt: its values, one after the
 * other up to its last placed row, are its rows' in order when the last of them are exactly as many as its rows'
 * cells, every row's worth keeps the row's sum and the sums between its rows hold. A copy whose wrapped labels sit a
 * line off their values (plain pdftotext of a browser's print: {@code 企业 机构 … 0 0 0 0 0 0 0} / {@code
 * 一、本年新收… [上年结转's values]}) then reads right where its labels put every row one off.
 */
final class SectionPour {

    private SectionPour() {}

    /**
     * {@code placements} with those of each section with row sums replaced by its values in the form's order, where
     * the labels left a printed row of it unread, a row of the form without values or a row with a count of values
     * not its own, and the values allow it.
     *
     * @param form the form rows aligned, in print order
     */
    static List<Placement> pour(List<Placement> placements, List<Row> rows, int from, int to,
            List<FormProfile.Row> form, FormProfile profile) {
        RunShape shape = RunShape.of(form);
        if (shape.width() == 0) return placements;
        List<Integer> printed = new ArrayList<>();
        for (int i = from; i < to; i++) if (rows.get(i).hasValues()) printed.add(i);
        List<Placement> out = placements;
        for (int first = 0; first < form.size(); first = FormAligner.sectionEnd(form, first)) {
            if (form.get(first).sums().isEmpty()) continue;
            int end = FormAligner.sectionEnd(form, first);
            out = pourSection(out, rows, printed, form.subList(first, end), form.subList(0, first), profile, shape);
        }
        return out;
    }

    private static List<Placement> pourSection(List<Placement> placements, List<Row> rows, List<Integer> printed,
            List<FormProfile.Row> section, List<FormProfile.Row> earlier, FormProfile profile, RunShape shape) {
        Set<FormProfile.Row> inSection = identitySet(section);
        Set<FormProfile.Row> inEarlier = identitySet(earlier);
        int before = -1;
        int last = -1;
        for (Placement p : placements) {
            if (inSection.contains(p.form())) last = Math.max(last, p.row());
            else if (inEarlier.contains(p.form())) before = Math.max(before, p.row());
        }
        if (last < 0) return placements;
        List<Integer> span = new ArrayList<>();
        for (int i : printed) if (i > before && i <= last) span.add(i);
        if (!inDoubt(placements, rows, span, section, inSection, profile)) return placements;
        // the form's rows, then with the row a report may add (V2021's (六) sum) beside its parts, then in their stead
        // (a report that prints (六) as one row): the first that fits is read
        List<FormProfile.Row> required = section.stream().filter(r -> !r.optional()).toList();
        List<String> replaced = new ArrayList<>();
        for (FormProfile.Row r : section) if (r.optional()) replaced.addAll(profile.parts(r.id()));
        List<FormProfile.Row> instead = section.stream().filter(r -> !replaced.contains(r.id())).toList();
        List<List<FormProfile.Row>> targets = required.size() == section.size()
                ? List.of(required) : printedLayouts(List.of(required, section, instead), placements, inSection);
        Run all = run(span, rows, shape, false);
        Optional<List<Placement>> poured = pourFirst(targets, all, rows, placements, profile, shape, before);
        // then without the rows whose only values are a word or two of 无 (a wrapped label's character alone on its
        // line in a narrow label column: 无 / 4. / 正当 / 理由 …, read as a blank cell): no row's worth of the form
        if (poured.isEmpty()) {
            Run withoutWords = run(span, rows, shape, true);
            if (withoutWords.values().size() < all.values().size()) {
                poured = pourFirst(targets, withoutWords, rows, placements, profile, shape, before);
            }
        }
        if (poured.isEmpty()) {
            poured = columnsApart(placements, rows, printed, last, required, profile, shape, before);
        }
        if (poured.isEmpty()) return placements;
        List<Placement> out = new ArrayList<>();
        for (Placement p : placements) if (!inSection.contains(p.form())) out.add(p);
        out.addAll(poured.get());
        out.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return out;
    }

    /**
     * The layouts of the section a report may print that hold every row its labels found printed: one without V2021's
     * (六) sum row is not the report's where a label placed a row on it, nor one without its parts where labels
     * placed rows on them (an all-zero section keeps its sums in either). A row placed by its place in the form says
     * nothing of the layout: it is what the pour may correct.
     */
    private static List<List<FormProfile.Row>> printedLayouts(List<List<FormProfile.Row>> layouts,
            List<Placement> placements, Set<FormProfile.Row> inSection) {
        List<List<FormProfile.Row>> out = new ArrayList<>();
        for (List<FormProfile.Row> layout : layouts) {
            Set<FormProfile.Row> rows = identitySet(layout);
            if (placements.stream().noneMatch(p -> !p.byOrder() && inSection.contains(p.form())
                    && !rows.contains(p.form()))) {
                out.add(layout);
            }
        }
        return out;
    }

    /** The section's values in print order (each row's in the form's), and the printed row of each. */
    private record Run(List<Token> values, List<Integer> rowOf) {}

    private static Run run(List<Integer> span, List<Row> rows, RunShape shape, boolean withoutStrayWords) {
        List<Token> values = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i : span) {
            List<Token> cells = RowReadings.trimmed(rows.get(i).cells(), 0);
            if (withoutStrayWords && isStrayWords(cells, shape.width())) continue;
            for (Token t : shape.inFormOrder(cells)) {
                values.add(t);
                rowOf.add(i);
            }
        }
        return new Run(values, rowOf);
    }

    /** The first of {@code targets} (each the section's rows as a report may print them) the run pours into. */
    private static Optional<List<Placement>> pourFirst(List<List<FormProfile.Row>> targets, Run run, List<Row> rows,
            List<Placement> placements, FormProfile profile, RunShape shape, int before) {
        for (List<FormProfile.Row> t : targets) {
            Optional<List<Placement>> poured = pourInto(t, run.values(), run.rowOf(), rows, placements, profile, shape,
                    before);
            if (poured.isPresent()) return poured;
        }
        return Optional.empty();
    }

    /**
     * The placements of the last values on {@code targets} in order, if they start a printed row no label placed in
     * the section, each row's worth keeps its sum and the sums between rows hold (rows of an unread section 二 may
     * come first: where the section starts is known only from the count).
     */
    private static Optional<List<Placement>> pourInto(List<FormProfile.Row> targets, List<Token> values,
            List<Integer> rowOf, List<Row> rows, List<Placement> placements, FormProfile profile, RunShape shape,
            int before) {
        int w = shape.width();
        int drop = values.size() - w * targets.size();
        if (drop < 0 || drop > 0 && rowOf.get(drop).equals(rowOf.get(drop - 1))) return Optional.empty();
        if (drop > 0) {
            Set<Integer> dropped = Set.copyOf(rowOf.subList(0, drop));
            Set<FormProfile.Row> targeted = identitySet(targets);
            for (Placement p : placements) {
                if (targeted.contains(p.form()) && dropped.contains(p.row())) return Optional.empty();
            }
        }
        if (pouredNumbers(targets, values.subList(drop, values.size()), profile, shape).isEmpty()) {
            return Optional.empty();
        }
        List<Placement> out = new ArrayList<>();
        for (int c = 0; c < targets.size(); c++) {
            int k = drop + c * w;
            int row = rowOf.get(k);
            boolean startsRow = k == 0 || !rowOf.get(k - 1).equals(row);
            Row part = new Row(startsRow ? rows.get(row).labels() : List.of(), values.subList(k, k + w),
                    rows.get(row).block(), false);
            String label = startsRow ? FormAligner.labelled(rows, before + 1, row).context() : "";
            out.add(new Placement(row, part, targets.get(c), !labelSays(placements, row, targets.get(c)), label));
        }
        return Optional.of(out);
    }

    /**
     * The numbers of the rows of {@code targets}, in their order, that {@code poured} gives them a row's worth after
     * another, where it is their rows in order, every row keeping its sums and the sums between rows holding; empty
     * where not.
     */
    private static Optional<List<List<BigDecimal>>> pouredNumbers(List<FormProfile.Row> targets, List<Token> poured,
            FormProfile profile, RunShape shape) {
        int w = shape.width();
        if (shape.rowsInOrder(poured).map(List::size).orElse(0) != targets.size()) return Optional.empty();
        List<List<BigDecimal>> inOrder = new ArrayList<>(targets.size());
        Map<String, List<BigDecimal>> numbers = new HashMap<>();
        for (int c = 0; c < targets.size(); c++) {
            List<BigDecimal> row = RowReadings.numbers(poured.subList(c * w, (c + 1) * w));
            inOrder.add(row);
            numbers.put(targets.get(c).id(), row);
        }
        return equationsHold(profile, numbers, w) ? Optional.of(inOrder) : Optional.empty();
    }

    /**
     * The section's rows where its first columns stand beside the labels, a row's worth of them a row, and its other
     * columns follow as one block after its last label, a row's worth after another (plain pdftotext of a print whose
     * spanning header, 法人或其他组织, or a wide gap sets those columns apart: {@code 12 / 一、本年新收… / 7 / 二、上年结转… /
     * … / 四、结转下年度继续办理 / 202 0 0 2 0 216 0 0 0 0 0 7 …}); the rows after the block's last may print whole
     * (总计 and 结转 below the block's end: {@code … 0 70 / 490 31 0 0 3 706 1,230 / （七）总计}). Read where the values
     * from the section's start, up to its last label and on as far as they make up its cells, are exactly its rows'
     * cells, and they keep every row's sum and the sums between rows as printed, a row's worth after another, or
     * parted one way (the columns beside the labels, the rows in the block), or several that give the same numbers.
     */
    private static Optional<List<Placement>> columnsApart(List<Placement> placements, List<Row> rows,
            List<Integer> printed, int last, List<FormProfile.Row> targets, FormProfile profile, RunShape shape,
            int before) {
        int w = shape.width();
        int n = targets.size();
        List<Token> values = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i : printed) {
            // the rows after the section's last label as far as they make up its cells, and no further
            if (i <= before || i > last && values.size() >= n * w) continue;
            for (Token t : RowReadings.trimmed(rows.get(i).cells(), 0)) {
                values.add(t);
                rowOf.add(i);
            }
        }
        if (values.size() != n * w) return Optional.empty();
        // as printed, a row after another, then each way of parting: where several read, they must agree
        List<int[]> partings = new ArrayList<>();
        partings.add(new int[] {0, 0});
        // values all 0 read alike whichever way they are parted (a small office's section 三): as printed, then
        boolean zeros = allZero(values);
        for (int beside = 1; beside < w && !zeros; beside++) {
            for (int parted = n; parted >= 2; parted--) partings.add(new int[] {beside, parted});
        }
        // each way is tried by its numbers alone; the first that reads is poured where the others that read agree
        int[] found = null;
        List<List<BigDecimal>> foundNumbers = List.of();
        for (int[] parting : partings) {
            Optional<List<List<BigDecimal>>> read =
                    pouredNumbers(targets, apart(values, parting[0], parting[1], w), profile, shape);
            if (read.isEmpty()) continue;
            if (found != null && !sameNumbers(foundNumbers, read.get())) return Optional.empty();
            if (found == null) {
                found = parting;
                foundNumbers = read.get();
            }
        }
        if (found == null) return Optional.empty();
        int beside = found[0];
        int parted = found[1];
        // a parted row is the printed row of its first value, where its label is
        List<Integer> rowsApart = new ArrayList<>(values.size());
        for (int c = 0; c < parted; c++) rowsApart.addAll(Collections.nCopies(w, rowOf.get(c * beside)));
        rowsApart.addAll(rowOf.subList(parted * w, rowOf.size()));
        return pourInto(targets, apart(values, beside, parted, w), rowsApart, rows, placements, profile, shape, before);
    }

    /**
     * {@code printed} in the form's order where the first {@code parted} rows print their first {@code beside}
     * columns first, a row's worth after another, then their other columns so, then the rows after whole (none
     * parted: as printed).
     */
    private static List<Token> apart(List<Token> printed, int beside, int parted, int w) {
        List<Token> out = new ArrayList<>(printed.size());
        int block = parted * beside;
        for (int c = 0; c < parted; c++) {
            out.addAll(printed.subList(c * beside, (c + 1) * beside));
            int from = block + c * (w - beside);
            out.addAll(printed.subList(from, from + w - beside));
        }
        out.addAll(printed.subList(parted * w, printed.size()));
        return out;
    }

    /** Whether two readings of the section put the same numbers on its rows. */
    private static boolean sameNumbers(List<List<BigDecimal>> a, List<List<BigDecimal>> b) {
        for (int r = 0; r < a.size(); r++) {
            for (int c = 0; c < a.get(r).size(); c++) if (a.get(r).get(c).compareTo(b.get(r).get(c)) != 0) return false;
        }
        return true;
    }

    /** Whether every value is a number 0 or a stand-in for none (which counts as 0). */
    private static boolean allZero(List<Token> values) {
        for (Token t : values) if (t.value().number().orElse(BigDecimal.ZERO).signum() != 0) return false;
        return true;
    }

    /** Whether a row's values are fewer than a row's worth, and words standing for a blank cell only. */
    private static boolean isStrayWords(List<Token> cells, int width) {
        if (cells.isEmpty() || cells.size() >= width) return false;
        for (Token t : cells) if (t.value().kind() != Values.Kind.NIL) return false;
        return true;
    }

    /** Form rows compared by identity: each is made once, and comparing records would compare all their labels. */
    private static Set<FormProfile.Row> identitySet(List<FormProfile.Row> rows) {
        Set<FormProfile.Row> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(rows);
        return set;
    }

    /** Whether the labels had placed printed row {@code row} on form row {@code form} already. */
    private static boolean labelSays(List<Placement> placements, int row, FormProfile.Row form) {
        for (Placement p : placements) if (p.row() == row && p.form() == form && !p.byOrder()) return true;
        return false;
    }

    /**
     * In how many columns the sums between rows {@code numbers} lets add up (its rows there on both sides, the sum's
     * own row printed) hold with a total other than 0, all of them holding in every column; -1 where one fails.
     */
    static int sumsKept(FormProfile profile, Map<String, List<BigDecimal>> numbers, int width) {
        int kept = 0;
        for (FormProfile.Equation e : profile.equations()) {
            // a sum row not printed stands for its parts: its sum of them says nothing
            if (e.plus().stream().noneMatch(numbers::containsKey)) continue;
            Optional<List<BigDecimal>> plus = total(e.plus(), numbers, profile, width);
            Optional<List<BigDecimal>> minus = total(e.minus(), numbers, profile, width);
            if (plus.isEmpty() || minus.isEmpty()) continue;
            for (int c = 0; c < width; c++) {
                if (plus.get().get(c).compareTo(minus.get().get(c)) != 0) return -1;
                if (plus.get().get(c).signum() != 0) kept++;
            }
        }
        return kept;
    }

    /** Whether every sum between the section's rows holds in every column, where its rows are there to add. */
    private static boolean equationsHold(FormProfile profile, Map<String, List<BigDecimal>> numbers, int width) {
        return sumsKept(profile, numbers, width) >= 0;
    }

    private static Optional<List<BigDecimal>> total(
            List<String> ids, Map<String, List<BigDecimal>> numbers, FormProfile profile, int width) {
        List<BigDecimal> sum = new ArrayList<>(java.util.Collections.nCopies(width, BigDecimal.ZERO));
        for (String id : ids) {
            List<String> rows = numbers.containsKey(id) ? List.of(id) : profile.parts(id);
            if (rows.isEmpty()) return Optional.empty();
            for (String r : rows) {
                List<BigDecimal> v = numbers.get(r);
                if (v == null) return Optional.empty();
                for (int c = 0; c < width; c++) sum.set(c, sum.get(c).add(v.get(c)));
            }
        }
        return Optional.of(sum);
    }

    /**
     * Whether the labels left the section in doubt: a printed row in it whose values no placement reads, a required
     * row of the form without values, or a row placed with a count of values not the form's.
     */
    private static boolean inDoubt(List<Placement> placements, List<Row> rows, List<Integer> span,
            List<FormProfile.Row> section, Set<FormProfile.Row> inSection, FormProfile profile) {
        BitSet placed = new BitSet();
        Set<FormProfile.Row> taken = identitySet(List.of());
        for (Placement p : placements) {
            placed.set(p.row());
            if (!inSection.contains(p.form())) continue;
            taken.add(p.form());
            if (RowReadings.trimmed(p.printed().cells(), p.form().width()).size() != p.form().width()) return true;
        }
        // a required row is there where an optional row that adds it up is (V2021's (六) printed as one row)
        List<String> standIns = new ArrayList<>();
        for (FormProfile.Row r : taken) if (r.optional()) standIns.addAll(profile.parts(r.id()));
        for (FormProfile.Row r : section) {
            if (!r.optional() && !taken.contains(r) && !standIns.contains(r.id())) return true;
        }
        // before the pour a row's values are read by its own placements only (a run's parts are its row's)
        for (int i : span) if (!placed.get(i)) return true;
        return false;
    }
}
