package org.xxgk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one catalogue of canonical cell keys, mirroring {@code spec/cells.md}: every key, in the
 * order that document gives, with the row and column labels of the official templates. Code that
 * needs a key takes it from here; nothing glues key strings together elsewhere.
 *
 * <p>LEGACY keys ({@code legacy.3.3.4.1}) follow each report's printed numbering and so are not
 * listed; {@link #keyOrder()} orders them by their numeric path.
 */
public final class CellCatalog {

    /** A row or a column of a template table: the key segment and the label as the template prints it. */
    public record Item(String id, String label) {}

    /** A row of section 二 with the columns it prints in one template. */
    public record ActiveRow(String id, String label, String provision, List<Item> columns) {
        public ActiveRow {
            columns = List.copyOf(columns);
        }
    }

    private CellCatalog() {}

    private static Item item(String id, String label) {
        return new Item(id, label);
    }

    // ---- section 二, active disclosure -------------------------------------------------------

    private static final List<Item> V2019_DOC_COLUMNS = List.of(
            item("newlyMade", "本年新制作数量"), item("newlyPublished", "本年新公开数量"), item("totalPublished", "对外公开总数量"));
    private static final List<Item> V2019_ITEM_COLUMNS = List.of(
            item("previousYear", "上一年项目数量"), item("change", "本年增/减"), item("decisions", "处理决定数量"));
    private static final List<Item> V2021_DOC_COLUMNS = List.of(
            item("issued", "本年制发件数"), item("repealed", "本年废止件数"), item("inForce", "现行有效件数"));
    private static final List<Item> V2021_DECISIONS = List.of(item("decisions", "本年处理决定数量"));

    private static final List<ActiveRow> ACTIVE_V2019 = List.of(
            new ActiveRow("rules", "规章", "第二十条第(一)项", V2019_DOC_COLUMNS),
            new ActiveRow("normativeDocs", "规范性文件", "第二十条第(一)项", V2019_DOC_COLUMNS),
            new ActiveRow("licensing", "行政许可", "第二十条第(五)项", V2019_ITEM_COLUMNS),
            new ActiveRow("otherServices", "其他对外管理服务事项", "第二十条第(五)项", V2019_ITEM_COLUMNS),
            new ActiveRow("penalty", "行政处罚", "第二十条第(六)项", V2019_ITEM_COLUMNS),
            new ActiveRow("enforcement", "行政强制", "第二十条第(六)项", V2019_ITEM_COLUMNS),
            new ActiveRow("fees", "行政事业性收费", "第二十条第(八)项", V2019_ITEM_COLUMNS.subList(0, 2)),
            new ActiveRow("procurement", "政府集中采购", "第二十条第(九)项",
                    List.of(item("count", "采购项目数量"), item("amount", "采购总金额"))));

    private static final List<ActiveRow> ACTIVE_V2021 = List.of(
            new ActiveRow("rules", "规章", "第二十条第(一)项", V2021_DOC_COLUMNS),
            new ActiveRow("normativeDocs", "行政规范性文件", "第二十条第(一)项", V2021_DOC_COLUMNS),
            new ActiveRow("licensing", "行政许可", "第二十条第(五)项", V2021_DECISIONS),
            new ActiveRow("penalty", "行政处罚", "第二十条第(六)项", V2021_DECISIONS),
            new ActiveRow("enforcement", "行政强制", "第二十条第(六)项", V2021_DECISIONS),
            new ActiveRow("fees", "行政事业性收费", "第二十条第(八)项", List.of(item("amount", "本年收费金额(单位:万元)"))));

    // ---- section 三, applications -------------------------------------------------------------

    private static final List<Item> APPLICATION_COLUMNS = List.of(
            item("naturalPerson", "自然人"),
            item("commercial", "商业企业"),
            item("research", "科研机构"),
            item("publicInterest", "社会公益组织"),
            item("legalService", "法律服务机构"),
            item("otherOrg", "其他"),
            item("total", "总计"));

    private static final List<Item> APPLICATION_ROWS_HEAD = List.of(
            item("newlyReceived", "一、本年新收政府信息公开申请数量"),
            item("carriedOver", "二、上年结转政府信息公开申请数量"),
            item("granted", "(一)予以公开"),
            item("partlyGranted", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"),
            item("refused.stateSecret", "1.属于国家秘密"),
            item("refused.otherLaw", "2.其他法律行政法规禁止公开"),
            item("refused.security", "3.危及“三安全一稳定”"),
            item("refused.thirdParty", "4.保护第三方合法权益"),
            item("refused.internal", "5.属于三类内部事务信息"),
            item("refused.process", "6.属于四类过程性信息"),
            item("refused.enforcementFile", "7.属于行政执法案卷"),
            item("refused.query", "8.属于行政查询事项"),
            item("unable.notHeld", "1.本机关不掌握相关政府信息"),
            item("unable.needsCreation", "2.没有现成信息需要另行制作"),
            item("unable.unclear", "3.补正后申请内容仍不明确"),
            item("notProcessed.complaint", "1.信访举报投诉类申请"),
            item("notProcessed.repeated", "2.重复申请"),
            item("notProcessed.publication", "3.要求提供公开出版物"),
            item("notProcessed.massRepeated", "4.无正当理由大量反复申请"),
            item("notProcessed.confirmation", "5.要求行政机关确认或重新出具已获取信息"));
    private static final Item OTHER = item("other", "(六)其他处理");
    private static final List<Item> OTHER_SUBROWS = List.of(
            item("other.overdueCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            item("other.overdueFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            item("other.otherReasons", "3.其他"));
    private static final List<Item> APPLICATION_ROWS_TAIL = List.of(
            item("resultTotal", "(七)总计"),
            item("carriedForward", "四、结转下年度继续办理"));

    // ---- section 四, review and litigation ---------------------------------------------------

    private static final List<Item> REVIEW_GROUPS = List.of(
            item("reconsideration", "行政复议"),
            item("litigationDirect", "行政诉讼 未经复议直接起诉"),
            item("litigationAfterReview", "行政诉讼 复议后起诉"));
    private static final List<Item> REVIEW_COLUMNS = List.of(
            item("upheld", "结果维持"), item("corrected", "结果纠正"), item("other", "其他结果"),
            item("pending", "尚未审结"), item("total", "总计"));

    private static final Map<Template, List<String>> KEYS = new HashMap<>();
    private static final List<String> ALL_KEYS;
    private static final Map<String, Integer> ORDER = new HashMap<>();

    static {
        // interned, as the interpreter's form keys are: a report's cells are filed and looked up under the very
        // strings of this catalogue, so that each lookup's equals is an identity (the checker asks some 500 a report)
        for (Template t : List.of(Template.V2019, Template.V2021)) {
            List<String> keys = new ArrayList<>();
            for (ActiveRow row : activeRows(t)) {
                for (Item column : row.columns()) keys.add(("active." + row.id() + "." + column.id()).intern());
            }
            for (Item row : applicationRows(t)) {
                for (Item column : APPLICATION_COLUMNS) {
                    keys.add(("applications." + row.id() + "." + column.id()).intern());
                }
            }
            for (Item group : REVIEW_GROUPS) {
                for (Item column : REVIEW_COLUMNS) keys.add(("review." + group.id() + "." + column.id()).intern());
            }
            KEYS.put(t, List.copyOf(keys));
        }
        Set<String> all = new LinkedHashSet<>(KEYS.get(Template.V2019));
        // V2021's own active keys follow V2019's; its (六) sub-rows follow the (六) row
        List<String> v2021 = KEYS.get(Template.V2021);
        List<String> merged = new ArrayList<>();
        for (String k : all) {
            merged.add(k);
            if (k.equals("applications.other.total")) {
                for (String k2 : v2021) if (k2.startsWith("applications.other.") && !all.contains(k2)) merged.add(k2);
            }
            if (k.equals("active.procurement.amount")) {
                for (String k2 : v2021) if (k2.startsWith("active.") && !all.contains(k2)) merged.add(k2);
            }
        }
        ALL_KEYS = List.copyOf(merged);
        for (int i = 0; i < ALL_KEYS.size(); i++) ORDER.put(ALL_KEYS.get(i), i);
    }

    /** The rows of section 二 that {@code template} prints (empty for LEGACY and UNKNOWN). */
    public static List<ActiveRow> activeRows(Template template) {
        return switch (template) {
            case V2019 -> ACTIVE_V2019;
            case V2021 -> ACTIVE_V2021;
            default -> List.of();
        };
    }

    /** The applicant columns of section 三, in the printed left-to-right order. */
    public static List<Item> applicationColumns() {
        return APPLICATION_COLUMNS;
    }

    /**
     * The rows of section 三 in printed order. V2021 lists the optional (六) sum row and its three
     * sub-rows; V2019 the single (六) row.
     */
    public static List<Item> applicationRows(Template template) {
        List<Item> rows = new ArrayList<>(APPLICATION_ROWS_HEAD);
        rows.add(OTHER);
        if (template == Template.V2021) rows.addAll(OTHER_SUBROWS);
        rows.addAll(APPLICATION_ROWS_TAIL);
        return Collections.unmodifiableList(rows);
    }

    /**
     * The result rows of section 三 that 三(七)总计 adds up, 三(一) to 三(六) in printed order; V2021
     * lists both the optional (六) sum row and its sub-rows, of which a report prints one or the other.
     */
    public static List<Item> applicationResultRows(Template template) {
        List<Item> rows = applicationRows(template);
        return rows.subList(rows.indexOf(APPLICATION_ROWS_HEAD.get(2)), rows.size() - APPLICATION_ROWS_TAIL.size());
    }

    /**
     * A sum that ties rows of section 三 together, column by column: Σ {@code plus} = Σ {@code minus},
     * by row id. A row a report leaves out stands for its {@link #applicationParts parts} where it prints them.
     *
     * @param id the sum's name: {@code resultTotal} (三(七) = Σ 三(一)..三(六)), {@code other} (三(六) = Σ its
     *           sub-rows, V2021), {@code balance} (the official 勾稽关系 一 + 二 = 三(七) + 四)
     */
    public record RowSum(String id, List<String> plus, List<String> minus) {
        public RowSum {
            plus = List.copyOf(plus);
            minus = List.copyOf(minus);
        }
    }

    /** The sums of section 三 of {@code template}, the one statement of its arithmetic (spec/rules.md). */
    public static List<RowSum> applicationSums(Template template) {
        if (template != Template.V2019 && template != Template.V2021) return List.of();
        List<String> results = new ArrayList<>();
        List<String> subRows = new ArrayList<>();
        for (Item r : applicationResultRows(template)) {
            (r.id().startsWith(OTHER.id() + ".") ? subRows : results).add(r.id());
        }
        List<RowSum> sums = new ArrayList<>();
        sums.add(new RowSum("resultTotal", List.of("resultTotal"), results));
        if (!subRows.isEmpty()) sums.add(new RowSum("other", List.of(OTHER.id()), subRows));
        sums.add(new RowSum("balance", List.of("newlyReceived", "carriedOver"),
                List.of("resultTotal", "carriedForward")));
        return List.copyOf(sums);
    }

    /** The rows that stand for a row of 三 a report leaves out (V2021's 三(六) sub-rows); empty for the others. */
    public static List<String> applicationParts(Template template, String row) {
        if (template != Template.V2021 || !row.equals(OTHER.id())) return List.of();
        return OTHER_SUBROWS.stream().map(Item::id).toList();
    }

    /** The groups of section 四: reconsideration, litigationDirect, litigationAfterReview. */
    public static List<Item> reviewGroups() {
        return REVIEW_GROUPS;
    }

    /** The result columns of each group of section 四. */
    public static List<Item> reviewColumns() {
        return REVIEW_COLUMNS;
    }

    /** Every canonical key of {@code template} in {@code cells.md} order (empty for LEGACY and UNKNOWN). */
    public static List<String> keys(Template template) {
        return KEYS.getOrDefault(template, List.of());
    }

    /** Every non-LEGACY key of every template in {@code cells.md} order: the columns of {@code cells.csv}. */
    public static List<String> allKeys() {
        return ALL_KEYS;
    }

    /** The key of a section 二 cell: {@code active.<row>.<column>}. */
    public static String activeKey(ActiveRow row, Item column) {
        return "active." + row.id() + "." + column.id();
    }

    /** The key of a section 三 cell: {@code applications.<row>.<column>}. */
    public static String applicationKey(Item row, Item column) {
        return "applications." + row.id() + "." + column.id();
    }

    /** The key of a section 四 cell: {@code review.<group>.<column>}. */
    public static String reviewKey(Item group, Item column) {
        return "review." + group.id() + "." + column.id();
    }

    /** The LEGACY key of a printed number path ({@code [3, 3, 4, 1]} is {@code legacy.3.3.4.1}). */
    public static String legacyKey(List<Integer> path) {
        if (path.isEmpty()) throw new IllegalArgumentException("empty LEGACY path");
        StringBuilder key = new StringBuilder("legacy");
        for (int n : path) {
            if (n < 1) throw new IllegalArgumentException("LEGACY path numbers start at 1: " + path);
            key.append('.').append(n);
        }
        return key.toString();
    }

    /** The key of the cumulative (历年累计) value beside a LEGACY key. */
    public static String cumulativeKey(String legacyKey) {
        return legacyKey + ".cumulative";
    }

    /** Whether {@code key} is a catalogue key or a well-formed LEGACY key. */
    public static boolean isKnown(String key) {
        return ORDER.containsKey(key) || isLegacyKey(key);
    }

    public static boolean isLegacyKey(String key) {
        if (!key.startsWith("legacy.")) return false;
        // legacy(\.[1-9][0-9]*)+(\.cumulative)? read by hand, no regex: the key sorter asks for every comparison
        int end = key.endsWith(CUMULATIVE) ? key.length() - CUMULATIVE.length() : key.length();
        int i = "legacy".length();
        if (i >= end) return false;
        while (i < end) {
            if (key.charAt(i++) != '.') return false;
            if (i >= end || key.charAt(i) < '1' || key.charAt(i) > '9') return false;
            i++;
            while (i < end && key.charAt(i) >= '0' && key.charAt(i) <= '9') i++;
        }
        return true;
    }

    private static final String CUMULATIVE = ".cumulative";


    /**
     * Orders keys as {@code cells.md} does; LEGACY keys after them by numeric path, each cumulative value
     * straight after its plain one.
     */
    public static Comparator<String> keyOrder() {
        return CellCatalog::compareKeys;
    }

    /**
     * The entries of {@code map} in {@link #keyOrder()}, as an unmodifiable insertion-ordered map. Each
     * key's place is worked out once (its catalogue index, or a LEGACY key's numeric path) rather than on
     * every comparison, as a {@code TreeMap} would: a report's constructor sorts every cell it holds.
     */
    static <V> Map<String, V> inKeyOrder(Map<String, V> map) {
        Optional<Map<String, V>> catalogued = inCatalogueOrder(map);
        if (catalogued.isPresent()) return catalogued.get();
        List<Placed<V>> placed = new ArrayList<>(map.size());
        for (Map.Entry<String, V> e : map.entrySet()) {
            Placed<V> p = Placed.of(e);
            if (p == null) {
                // a LEGACY number past int: the comparator, as before
                Map<String, V> tree = new TreeMap<>(keyOrder());
                tree.putAll(map);
                return Collections.unmodifiableMap(new LinkedHashMap<>(tree));
            }
            placed.add(p);
        }
        placed.sort(null);
        Map<String, V> out = new LinkedHashMap<>(Math.max(16, (int) (placed.size() / 0.75f) + 1));
        for (Placed<V> p : placed) out.put(p.entry.getKey(), p.entry.getValue());
        return Collections.unmodifiableMap(out);
    }

    /**
     * {@link #inKeyOrder} of a map of catalogue keys only (a V2019 or V2021 report's cells): each entry put at its
     * key's index in the catalogue and read off in that order, no sorting. Empty where a key is not the catalogue's.
     */
    private static <V> Optional<Map<String, V>> inCatalogueOrder(Map<String, V> map) {
        if (map.isEmpty()) return Optional.of(Collections.unmodifiableMap(new LinkedHashMap<>()));
        // keys and values apart: a map may hand out one entry object for all its entries
        String[] keys = new String[ALL_KEYS.size()];
        Object[] values = new Object[ALL_KEYS.size()];
        for (Map.Entry<String, V> e : map.entrySet()) {
            Integer index = ORDER.get(Objects.requireNonNull(e.getKey(), "key"));
            if (index == null) return Optional.empty();
            keys[index] = e.getKey();
            values[index] = e.getValue();
        }
        Map<String, V> out = new LinkedHashMap<>(Math.max(16, (int) (map.size() / 0.75f) + 1));
        for (int i = 0; i < keys.length; i++) {
            @SuppressWarnings("unchecked") // what was put at i above: a V
            V value = (V) values[i];
            if (keys[i] != null) out.put(keys[i], value);
        }
        return Optional.of(Collections.unmodifiableMap(out));
    }

    /**
     * An entry with its key's place in {@link #keyOrder()}: catalogue keys by index, then LEGACY keys by
     * path, then the rest by text.
     */
    private static final class Placed<V> implements Comparable<Placed<V>> {
        private static final int[] NO_PATH = new int[0];
        final Map.Entry<String, V> entry;
        final int rank;
        final int[] path;

        private Placed(Map.Entry<String, V> entry, int rank, int[] path) {
            this.entry = entry;
            this.rank = rank;
            this.path = path;
        }

        /** Null when a LEGACY path number does not fit an int (the comparator throws on it). */
        static <V> Placed<V> of(Map.Entry<String, V> e) {
            String key = Objects.requireNonNull(e.getKey(), "key");
            Integer index = ORDER.get(key);
            if (index != null) return new Placed<>(e, index, NO_PATH);
            if (!isLegacyKey(key)) return new Placed<>(e, ALL_KEYS.size() + 1, NO_PATH);
            // as compareLegacy reads it: the numbers after "legacy", a cumulative suffix as 0, before any number
            // (read by hand: isLegacyKey has checked its form, and every report's constructor asks)
            int segments = 0;
            for (int i = 0; i < key.length(); i++) if (key.charAt(i) == '.') segments++;
            int[] path = new int[segments];
            for (int k = 0, from = "legacy.".length(); from < key.length(); k++) {
                int end = key.indexOf('.', from);
                if (end < 0) end = key.length();
                if (key.charAt(from) != 'c') { // not the cumulative suffix: digits
                    if (end - from > 9) return null;
                    int number = 0;
                    for (int i = from; i < end; i++) number = number * 10 + key.charAt(i) - '0';
                    path[k] = number;
                }
                from = end + 1;
            }
            return new Placed<>(e, ALL_KEYS.size(), path);
        }

        @Override
        public int compareTo(Placed<V> o) {
            int c = Integer.compare(rank, o.rank);
            if (c != 0 || rank < ALL_KEYS.size()) return c;
            if (rank > ALL_KEYS.size()) return entry.getKey().compareTo(o.entry.getKey());
            c = Arrays.compare(path, o.path);
            return c;
        }
    }

    private static int compareKeys(String a, String b) {
        Integer ia = ORDER.get(a);
        Integer ib = ORDER.get(b);
        if (ia != null && ib != null) return Integer.compare(ia, ib);
        if (ia != null) return -1;
        if (ib != null) return 1;
        if (isLegacyKey(a) && isLegacyKey(b)) return compareLegacy(a, b);
        if (isLegacyKey(a)) return -1;
        if (isLegacyKey(b)) return 1;
        return a.compareTo(b);
    }

    /**
     * Two LEGACY keys ({@link #isLegacyKey}) segment by segment, read in place (every LEGACY formula sorts its keys):
     * numbers by value, which for digits without a leading zero is by length and then digit by digit, whatever their
     * length; {@code cumulative} before any number.
     */
    private static int compareLegacy(String a, String b) {
        int i = "legacy.".length();
        int j = i;
        while (true) {
            int endA = segmentEnd(a, i);
            int endB = segmentEnd(b, j);
            boolean cumulativeA = a.charAt(i) == 'c';
            boolean cumulativeB = b.charAt(j) == 'c';
            if (cumulativeA != cumulativeB) return cumulativeA ? -1 : 1; // legacy.1.cumulative before legacy.1.1
            if (!cumulativeA) {
                int c = Integer.compare(endA - i, endB - j);
                for (int k = 0; c == 0 && k < endA - i; k++) c = Character.compare(a.charAt(i + k), b.charAt(j + k));
                if (c != 0) return c;
            }
            boolean moreA = endA < a.length();
            boolean moreB = endB < b.length();
            if (!moreA || !moreB) return Boolean.compare(moreA, moreB); // the shorter path first
            i = endA + 1;
            j = endB + 1;
        }
    }

    private static int segmentEnd(String key, int from) {
        int end = key.indexOf('.', from);
        return end < 0 ? key.length() : end;
    }
}
