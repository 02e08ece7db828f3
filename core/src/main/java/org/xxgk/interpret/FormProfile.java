package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xxgk.interpret.LabelTable.Entry;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellCatalog.ActiveRow;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.Template;

/**
 * One national form as the interpreter reads it: the words only its tables print (what tells it
 * apart), and for V2019 and V2021 its rows in print order, each with its
 * numbering, the labels it may be printed as, its columns and the sums inside the row, and the
 * sums that tie the rows of section 三 together. LEGACY tables have no fixed rows (each region
 * prints its own indicators), so its profile holds its words only. Built once per
 * template from {@link CellCatalog} and {@link LabelTable}.
 */
final class FormProfile {

    /** The three statistical tables of the form. */
    enum Section {
        ACTIVE("二"), APPLICATIONS("三"), REVIEW("四");

        final String numeral;

        Section(String numeral) {
            this.numeral = numeral;
        }
    }

    /** What a column may hold, where its digits ran together with its neighbours'. */
    enum Slot { COUNT, CHANGE, AMOUNT }

    /** A sum within a row: the values at {@code parts} add up to the value at {@code total}. */
    record Sum(List<Integer> parts, int total) {
        Sum {
            parts = List.copyOf(parts);
        }

        int lastIndex() {
            int last = total;
            for (int p : parts) last = Math.max(last, p);
            return last;
        }

        boolean holds(List<BigDecimal> values) {
            BigDecimal s = BigDecimal.ZERO;
            for (int p : parts) s = s.add(values.get(p));
            return s.compareTo(values.get(total)) == 0;
        }

        /** {@link #holds(List)} of a row whose column {@code c} is {@code numbers[row[c]]}. */
        boolean holds(BigDecimal[] numbers, int[] row) {
            BigDecimal s = BigDecimal.ZERO;
            for (int p : parts) s = s.add(numbers[row[p]]);
            return s.compareTo(numbers[row[total]]) == 0;
        }
    }

    /** A column of a row: its key segment, what it may hold, the unit the form's header states, its header labels. */
    record Column(String id, Slot slot, Optional<String> unit, List<String> labels) {
        Column {
            labels = List.copyOf(labels);
        }
    }

    /**
     * A row of the form.
     *
     * @param id        the key prefix ({@code applications.refused.stateSecret}); a key is {@code id + "." + column}
     * @param label     the label as the form prints it
     * @param labels    every label the row may be printed as, in {@link Labels#text} form
     * @param numbering the form's numbering of the row, if it has one
     * @param optional  a row reports may leave out while printing its parts (V2021's (六) sum row)
     * @param keys      the key of each column, made once: every report files its cells under them
     * @param prepared  {@code labels} made ready for comparison once: every printed row is compared with them
     */
    record Row(Section section, String id, String label, List<String> labels, Optional<Labels.Numbering> numbering,
               List<Column> columns, List<Sum> sums, boolean optional, List<String> keys,
               List<LabelSimilarity.FormLabel> prepared) {
        Row {
            labels = List.copyOf(labels);
            columns = List.copyOf(columns);
            sums = List.copyOf(sums);
            keys = List.copyOf(keys);
            prepared = List.copyOf(prepared);
        }

        Row(Section section, String id, String label, List<String> labels, Optional<Labels.Numbering> numbering,
            List<Column> columns, List<Sum> sums, boolean optional) {
            this(section, id, label, labels, numbering, columns, sums, optional,
                    // interned as CellCatalog's keys are: the cells are looked up under the catalogue's strings
                    columns.stream().map(c -> (id + "." + c.id()).intern()).toList(),
                    labels.stream().map(LabelSimilarity.FormLabel::of).toList());
        }

        String key(int column) {
            return keys.get(column);
        }

        int width() {
            return columns.size();
        }
    }

    /** Per column, Σ plus = Σ minus over rows; a row left out stands for its parts where they are printed. */
    record Equation(List<String> plus, List<String> minus) {}

    /**
     * The words that show a template: {@code cells}, the header cells only its tables print (a cell
     * that starts with one counts), and {@code anywhere}, those of them no prose uses, which count
     * inside a longer label too (a header run into the prose of a page flattened to one line).
     */
    record Evidence(List<String> cells, List<String> anywhere) {
        Evidence {
            cells = List.copyOf(cells);
            anywhere = List.copyOf(anywhere);
        }
    }

    private static final Map<Template, FormProfile> PROFILES = new EnumMap<>(Template.class);

    static {
        PROFILES.put(Template.V2021, new FormProfile(Template.V2021, new Evidence(
                List.of("本年制发件数", "本年废止件数", "现行有效件数", "现行有效件", "本年处理决定数量", "本年收费金额",
                        "申请人无正当理由逾期不补正", "申请人逾期未按收费通知要求缴纳费用"),
                List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量"))));
        PROFILES.put(Template.V2019, new FormProfile(Template.V2019, new Evidence(
                List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量", "采购总金额",
                        "政府集中采购", "其他对外管理服务事项"),
                List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量"))));
        PROFILES.put(Template.LEGACY, new FormProfile(Template.LEGACY, new Evidence(
                List.of("政府信息公开情况统计表", "统计指标", "指标名称", "计量单位", "统计数"),
                List.of("指标名称", "计量单位"))));
    }

    private final Evidence evidence;

    private final Template template;
    private final List<Row> rows;
    private final List<Equation> equations;
    private final Map<String, List<String>> parts;
    private final Row reviewRow;
    private final Map<Section, List<Row>> bySection = new EnumMap<>(Section.class);
    // sections 二 and 三 as the aligner reads them, one table after the other, and how printed labels name them
    private final FormLabelScores tables;

    private FormProfile(Template template, Evidence evidence) {
        this.template = template;
        this.evidence = evidence;
        List<Row> all = new ArrayList<>();
        if (template == Template.LEGACY) {
            this.rows = List.of();
            this.equations = List.of();
            this.parts = Map.of();
            this.reviewRow =
                    new Row(Section.REVIEW, "review", "", List.of(), Optional.empty(), List.of(), List.of(), false);
            for (Section s : Section.values()) bySection.put(s, List.of());
            this.tables = new FormLabelScores(List.of());
            return;
        }
        for (Entry<ActiveRow> e : LabelTable.activeRows(template)) {
            List<Column> columns = new ArrayList<>();
            for (Entry<Item> c : LabelTable.activeColumns(e.item())) {
                columns.add(new Column(c.id(), LabelTable.ACTIVE_COLUMN_SLOTS.getOrDefault(c.id(), Slot.COUNT),
                        Values.headerUnit(c.item().label()), c.labels()));
            }
            all.add(new Row(
                    Section.ACTIVE,
                    "active." + e.id(),
                    e.item().label(),
                    e.labels(),
                    Optional.empty(),
                    columns,
                    List.of(),
                    false));
        }
        List<Column> applicants = new ArrayList<>();
        for (Entry<Item> c : LabelTable.applicationColumns())
            applicants.add(new Column(c.id(), Slot.COUNT, Optional.empty(), c.labels()));
        List<Sum> applicantSum = List.of(new Sum(range(0, applicants.size() - 1), applicants.size() - 1));
        for (Entry<Item> e : LabelTable.applicationRows(template)) {
            String id = "applications." + e.id();
            // a row the report may leave out for its parts (V2021's (六) sum row)
            boolean optional = !CellCatalog.applicationParts(template, e.id()).isEmpty();
            all.add(new Row(Section.APPLICATIONS, id, e.item().label(), e.labels(), Labels.numbering(e.item().label()),
                    applicants, applicantSum, optional));
        }
        List<Column> results = new ArrayList<>();
        for (Entry<Item> c : LabelTable.reviewColumns())
            results.add(new Column(c.id(), Slot.COUNT, Optional.empty(), c.labels()));
        List<Sum> resultSum = List.of(new Sum(range(0, results.size() - 1), results.size() - 1));
        for (Entry<Item> e : LabelTable.reviewGroups()) {
            all.add(new Row(
                    Section.REVIEW,
                    "review." + e.id(),
                    e.item().label(),
                    e.labels(),
                    Optional.empty(),
                    results,
                    resultSum,
                    false));
        }
        this.rows = List.copyOf(all);
        for (Section s : Section.values()) bySection.put(s, rows.stream().filter(r -> r.section() == s).toList());
        List<Row> tableRows = new ArrayList<>(bySection.get(Section.ACTIVE));
        tableRows.addAll(bySection.get(Section.APPLICATIONS));
        this.tables = new FormLabelScores(tableRows);
        // section 四 is mostly printed as one row of its three groups' fifteen values
        List<Column> review = new ArrayList<>();
        List<Sum> reviewSums = new ArrayList<>();
        for (Row g : rows(Section.REVIEW)) {
            String group = g.id().substring("review.".length());
            int first = review.size();
            for (Column c : g.columns()) review.add(new Column(group + "." + c.id(), c.slot(), c.unit(), c.labels()));
            reviewSums.add(new Sum(range(first, review.size() - 1), review.size() - 1));
        }
        this.reviewRow = new Row(
                Section.REVIEW, "review", "行政复议 / 行政诉讼", List.of(), Optional.empty(), review, reviewSums, false);

        List<Equation> eqs = new ArrayList<>();
        for (CellCatalog.RowSum sum : CellCatalog.applicationSums(template)) {
            eqs.add(new Equation(sum.plus().stream().map(id -> "applications." + id).toList(),
                    sum.minus().stream().map(id -> "applications." + id).toList()));
        }
        this.equations = List.copyOf(eqs);
        List<String> otherParts = CellCatalog.applicationParts(template, "other").stream()
                .map(id -> "applications." + id)
                .toList();
        this.parts = otherParts.isEmpty() ? Map.of() : Map.of("applications.other", otherParts);
    }

    static FormProfile of(Template template) {
        FormProfile p = PROFILES.get(template);
        if (p == null) throw new IllegalArgumentException("no form profile for " + template);
        return p;
    }

    /** Every template's profile, newest form first. */
    static List<FormProfile> all() {
        return List.of(PROFILES.get(Template.V2021), PROFILES.get(Template.V2019), PROFILES.get(Template.LEGACY));
    }

    Template template() {
        return template;
    }

    Evidence evidence() {
        return evidence;
    }



    List<Row> rows() {
        return rows;
    }

    List<Row> rows(Section section) {
        return bySection.get(section);
    }

    /** Sections 二 and 三's rows, one table after the other, as the aligner reads them, and their labels' scores. */
    FormLabelScores tables() {
        return tables;
    }

    /** Section 四 as one row of fifteen values, its three groups side by side. */
    Row reviewRow() {
        return reviewRow;
    }

    List<Equation> equations() {
        return equations;
    }

    /** The rows a row adds up, where the form prints them under it (V2021's (六) sub-rows); empty otherwise. */
    List<String> parts(String row) {
        return parts.getOrDefault(row, List.of());
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(i);
        return Collections.unmodifiableList(out);
    }
}
