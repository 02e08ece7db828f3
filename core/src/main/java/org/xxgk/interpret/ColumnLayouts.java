package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xxgk.interpret.LabelTable.Entry;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellCatalog.Item;

/**
 * The leaf columns of the multi-row headers of sections 三 and 四, in the order the values come.
 * Header cells arrive in reading order (row by row, span copies left out), so a two-level header
 * reads 自然人, 法人或其他组织, 总计, 商业企业 … 其他 while its values read 自然人, 商业企业 … 其他, 总计:
 * the group cell is replaced by the sub-columns printed under it.
 */
final class ColumnLayouts {

    private ColumnLayouts() {}

    private static final Set<String> ORGANISATION_COLUMNS =
            Set.of("commercial", "research", "publicInterest", "legalService", "otherOrg");
    private static final String GROUP = "\u0000group";
    private static final String EXTRA = "\u0000extra";
    private static final String NATURAL = "naturalPerson";

    /**
     * Header cells joined where a label was broken over cells or lines ({@code 商业} + {@code 企业},
     * {@code 结果} + {@code 纠正}): at each cell, the longest run of up to four cells that is a known label.
     */
    static List<Merged> merge(List<Token> header, KnownLabels known) {
        List<String> texts = new ArrayList<>();
        for (Token t : header) texts.add(t.labelText());
        List<Merged> out = new ArrayList<>();
        int i = 0;
        while (i < texts.size()) {
            int taken = 1;
            String chosen = texts.get(i);
            // the cells joined one more at a time while the join still begins a known label: the longest known join
            // (a known join's shorter joins all begin it, so none is passed over)
            String joined = chosen;
            for (int len = 2; len <= Math.min(4, texts.size() - i) && known.prefixes().contains(joined); len++) {
                joined = joined + texts.get(i + len - 1);
                if (known.labels().contains(joined)) {
                    chosen = joined;
                    taken = len;
                }
            }
            if (taken == 1 && !known.labels().contains(chosen)) {
                for (String piece : segments(chosen, known)) out.add(new Merged(piece, i));
            } else {
                out.add(new Merged(chosen, i));
            }
            i += taken;
        }
        return out;
    }

    /** A header label as merged, and the index of the header token it starts at. */
    record Merged(String text, int token) {}

    /**
     * A cell that runs several known labels together ({@code 结果维持结果纠正…}, a header line whose
     * spaced-out labels could not be told apart) as those labels; otherwise the cell as it is.
     */
    private static List<String> segments(String text, KnownLabels known) {
        // ways[k]: the labels that cover text[0, k), or null; of two ways to k, the one whose last label starts later
        List<List<String>> ways = new ArrayList<>(Collections.nCopies(text.length() + 1, (List<String>) null));
        ways.set(0, List.of());
        for (int start = 0; start < text.length(); start++) {
            List<String> way = ways.get(start);
            if (way == null) continue;
            // from a place a way reaches, only the pieces that begin a label can go on to one: most stop at once, so
            // a long cell (a paragraph) is not cut into every piece up to the longest label's length
            for (int end = start + 1; end <= text.length(); end++) {
                String piece = text.substring(start, end);
                if (!known.prefixes().contains(piece)) break;
                if (!known.labels().contains(piece)) continue;
                List<String> longer = new ArrayList<>(way);
                longer.add(piece);
                ways.set(end, longer);
            }
        }
        List<String> whole = ways.get(text.length());
        return whole == null || whole.size() < 2 ? List.of(text) : whole;
    }

    /** The labels a header may print ({@link #merge}) and every start of one (the empty one too), made once. */
    record KnownLabels(Set<String> labels, Set<String> prefixes) {
        static KnownLabels of(Set<String> labels) {
            Set<String> prefixes = new HashSet<>();
            for (String l : labels) {
                for (int k = 0; k <= l.length(); k++) prefixes.add(l.substring(0, k));
            }
            return new KnownLabels(Set.copyOf(labels), Set.copyOf(prefixes));
        }
    }

    /** Every label of the applicant columns, and the organisation group's: what a header cell of 三 may say. */
    private static final class ApplicantLabels {
        static final KnownLabels ALL = all();

        private static KnownLabels all() {
            Set<String> all = new HashSet<>();
            for (Entry<Item> e : LabelTable.applicationColumns()) all.addAll(e.labels());
            all.addAll(LabelTable.ORGANISATION_GROUP);
            return KnownLabels.of(all);
        }
    }

    /**
     * The applicant columns in value order, matched by header label: a column the header leaves out
     * is not there, and a header cell between the known ones that names no column is an extra
     * column (empty here), whose values have nowhere to go. Empty when the header names fewer than
     * three columns or one twice.
     */
    static Optional<List<Optional<Item>>> applications(List<Token> header) {
        List<Entry<Item>> columns = LabelTable.applicationColumns();
        List<Merged> merged = merge(header, ApplicantLabels.ALL);
        double[] place = TextColumns.middles(header, TextColumns.starts(header, false));
        List<String> top = new ArrayList<>();
        List<String> subs = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        List<Double> pendingExtras = new ArrayList<>();
        // every leaf column (extras included) and where it stands, for a copy that says where its words stand
        List<String> leavesPlaced = new ArrayList<>();
        List<Double> places = new ArrayList<>();
        boolean totalSeen = false;
        int groupBlock = -1;
        Set<Integer> topBlocks = new HashSet<>();
        for (Merged cell : merged) {
            String text = cell.text();
            // where the label stands: the middle of its first token (labels run together in one stand together)
            double at = place[cell.token()];
            if (LabelTable.ORGANISATION_GROUP.contains(text)) {
                for (double extra : pendingExtras) add(top, leavesPlaced, places, EXTRA, extra);
                pendingExtras.clear();
                top.add(GROUP);
                groupBlock = header.get(cell.token()).block();
                continue;
            }
            Optional<Entry<Item>> m = LabelTable.matchExact(text, columns);
            if (m.isEmpty()) {
                // only between known columns: what comes before them is a heading or a note
                boolean started = !printed.isEmpty() || top.contains(GROUP);
                if (started && isColumnLike(text)) pendingExtras.add(at);
                continue;
            }
            String id = m.get().id();
            boolean sub = ORGANISATION_COLUMNS.contains(id) || top.contains(GROUP) && totalSeen && !id.equals("total");
            for (double extra : pendingExtras) {
                add(sub ? subs : top, leavesPlaced, places, EXTRA, extra);
                printed.add(EXTRA);
            }
            pendingExtras.clear();
            printed.add(id);
            add(sub ? subs : top, leavesPlaced, places, id, at);
            if (!sub) topBlocks.add(header.get(cell.token()).block());
            totalSeen |= id.equals("total");
        }
        // the second header row goes on after 总计: extras after its last known cell are sub-columns too
        if (top.contains(GROUP) && totalSeen) {
            for (double extra : pendingExtras) add(subs, leavesPlaced, places, EXTRA, extra);
        }
        List<String> leaves = new ArrayList<>();
        if (top.contains(GROUP)) {
            leaves.addAll(withSubs(top, subs));
            if (!inFormOrder(leaves) && groupBlock >= 0 && !topBlocks.contains(groupBlock) && top.contains(NATURAL)) {
                // the group label on a line of its own, above 自然人 and 总计: where it stands among them the line does not
                // say, the form does (after 自然人)
                List<String> formTop = new ArrayList<>(top);
                formTop.remove(GROUP);
                formTop.add(formTop.indexOf(NATURAL) + 1, GROUP);
                List<String> formLeaves = withSubs(formTop, subs);
                if (inFormOrder(formLeaves)) leaves = formLeaves;
            }
        } else {
            leaves.addAll(printed);
        }
        // a text copy that says where each header word stands (pdftotext -layout): its reading order need not be its
        // columns' (a label on a line above the labels beside it comes first, wherever it stands: wkhtmltopdf centres
        // 自然人 and 总计 on the header's two rows, below 法人或其他组织, and prints 其他 a line above 商业企业 … 法律服务机构);
        // left to right where that order is the form's and reading order is not (a copy whose places mean nothing,
        // pdftotext -raw with every line from its first character, rarely puts them in the form's order)
        if (!inFormOrder(leaves) && places.stream().noneMatch(p -> p.isNaN())) {
            List<String> placed = TextColumns.leftToRight(leavesPlaced, places);
            if (inFormOrder(placed)) leaves = placed;
        }
        List<String> known = leaves.stream().filter(id -> !id.equals(EXTRA)).toList();
        if (known.size() < 3 || new LinkedHashSet<>(known).size() != known.size()) return Optional.empty();
        List<Optional<Item>> out = new ArrayList<>();
        for (String id : leaves)
            out.add(id.equals(EXTRA) ? Optional.empty() : Optional.of(item(CellCatalog.applicationColumns(), id)));
        return Optional.of(out);
    }

    /** The header's first row with the group label replaced by the sub-columns under it. */
    private static List<String> withSubs(List<String> top, List<String> subs) {
        List<String> out = new ArrayList<>();
        for (String t : top) {
            if (t.equals(GROUP)) out.addAll(subs);
            else out.add(t);
        }
        return out;
    }

    private static void add(List<String> row, List<String> leaves, List<Double> places, String id, double place) {
        row.add(id);
        leaves.add(id);
        places.add(place);
    }

    /** Whether the columns named are in the form's order (some may be left out). */
    private static boolean inFormOrder(List<String> ids) {
        List<String> form = CellCatalog.applicationColumns().stream().map(Item::id).toList();
        int last = -1;
        for (String id : ids) {
            if (id.equals(EXTRA)) continue;
            int at = form.indexOf(id);
            if (at <= last) return false;
            last = at;
        }
        return true;
    }

    private static boolean isColumnLike(String text) {
        if (text.length() > 12) return false;
        for (String w : LabelTable.APPLICATION_NOT_COLUMNS) if (text.contains(w)) return false;
        return true;
    }

    private static Item item(List<Item> items, String id) {
        for (Item i : items) if (i.id().equals(id)) return i;
        throw new IllegalStateException("no catalogue item " + id);
    }
}
