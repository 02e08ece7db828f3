package org.xxgk.interpret;

import java.util.ArrayList;
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

    /**
     * Header cells joined where a label was broken over cells or lines ({@code 商业} + {@code 企业},
     * {@code 结果} + {@code 纠正}): at each cell, the longest run of up to four cells that is a known label.
     */
    static List<String> merge(List<Token> header, List<Entry<Item>> known, List<String> extra) {
        List<String> texts = new ArrayList<>();
        for (Token t : header) texts.add(Labels.text(t.raw()));
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < texts.size()) {
            int taken = 1;
            String chosen = texts.get(i);
            for (int len = Math.min(4, texts.size() - i); len >= 2; len--) {
                String joined = String.join("", texts.subList(i, i + len));
                if (isKnown(joined, known, extra)) {
                    chosen = joined;
                    taken = len;
                    break;
                }
            }
            if (taken == 1 && !isKnown(chosen, known, extra)) out.addAll(segments(chosen, known, extra));
            else out.add(chosen);
            i += taken;
        }
        return out;
    }

    /**
     * A cell that runs several known labels together ({@code 结果维持结果纠正…}, a header line whose
     * spaced-out labels could not be told apart) as those labels; otherwise the cell as it is.
     */
    private static List<String> segments(String text, List<Entry<Item>> known, List<String> extra) {
        // no piece longer than the longest label can be one: the search stays linear in a long cell (a paragraph)
        int longest = 0;
        for (Entry<Item> e : known) for (String l : e.labels()) longest = Math.max(longest, l.length());
        for (String l : extra) longest = Math.max(longest, l.length());
        // ways[k]: the labels that cover text[0, k), or null
        List<List<String>> ways = new ArrayList<>();
        ways.add(List.of());
        for (int end = 1; end <= text.length(); end++) {
            List<String> way = null;
            for (int start = end - 1; start >= Math.max(0, end - longest) && way == null; start--) {
                if (ways.get(start) != null && isKnown(text.substring(start, end), known, extra)) {
                    way = new ArrayList<>(ways.get(start));
                    way.add(text.substring(start, end));
                }
            }
            ways.add(way);
        }
        List<String> whole = ways.get(text.length());
        return whole == null || whole.size() < 2 ? List.of(text) : whole;
    }

    private static boolean isKnown(String text, List<Entry<Item>> known, List<String> extra) {
        for (Entry<Item> e : known) if (e.labels().contains(text)) return true;
        return extra.contains(text);
    }

    /**
     * The applicant columns in value order, matched by header label: a column the header leaves out
     * is not there, and a header cell between the known ones that names no column is an extra
     * column (empty here), whose values have nowhere to go. Empty when the header names fewer than
     * three columns or one twice.
     */
    static Optional<List<Optional<Item>>> applications(List<Token> header) {
        List<Entry<Item>> columns = LabelTable.applicationColumns();
        List<String> merged = merge(header, columns, LabelTable.ORGANISATION_GROUP);
        List<String> top = new ArrayList<>();
        List<String> subs = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        List<String> pendingExtras = new ArrayList<>();
        boolean totalSeen = false;
        for (String text : merged) {
            if (LabelTable.ORGANISATION_GROUP.contains(text)) {
                top.addAll(pendingExtras);
                pendingExtras.clear();
                top.add(GROUP);
                continue;
            }
            Optional<Entry<Item>> m = LabelTable.matchExact(text, columns);
            if (m.isEmpty()) {
                // only between known columns: what comes before them is a heading or a note
                boolean started = !printed.isEmpty() || top.contains(GROUP);
                if (started && isColumnLike(text)) pendingExtras.add(EXTRA);
                continue;
            }
            String id = m.get().id();
            boolean sub = ORGANISATION_COLUMNS.contains(id) || top.contains(GROUP) && totalSeen && !id.equals("total");
            (sub ? subs : top).addAll(pendingExtras);
            printed.addAll(pendingExtras);
            pendingExtras.clear();
            printed.add(id);
            if (sub) subs.add(id);
            else top.add(id);
            totalSeen |= id.equals("total");
        }
        // the second header row goes on after 总计: extras after its last known cell are sub-columns too
        if (top.contains(GROUP) && totalSeen) subs.addAll(pendingExtras);
        List<String> leaves = new ArrayList<>();
        if (top.contains(GROUP)) {
            for (String t : top) {
                if (t.equals(GROUP)) leaves.addAll(subs);
                else leaves.add(t);
            }
        } else {
            leaves.addAll(printed);
        }
        List<String> known = leaves.stream().filter(id -> !id.equals(EXTRA)).toList();
        if (known.size() < 3 || new LinkedHashSet<>(known).size() != known.size()) return Optional.empty();
        List<Optional<Item>> out = new ArrayList<>();
        for (String id : leaves)
            out.add(id.equals(EXTRA) ? Optional.empty() : Optional.of(item(CellCatalog.applicationColumns(), id)));
        return Optional.of(out);
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
