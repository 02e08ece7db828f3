package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.Template;

/**
 * The arithmetic of section 三 (spec/rules.md), used to split rows whose digits ran together: the
 * row sum (six applicant columns = 总计) within a row, and, where a row still splits several ways,
 * the column sums across rows: 三(七) = Σ result rows and 一 + 二 = 三(七) + 四. A row is settled
 * only when one split is left.
 */
final class ApplicationArithmetic {

    /** A row whose run splits several ways by its own sum. */
    record Open(Item row, Token run, List<List<String>> pieces) {
        Open {
            pieces = List.copyOf(pieces);
        }
    }

    /** For every column: Σ plus = Σ minus, over rows. */
    private record Equation(List<String> plus, List<String> minus) {
        List<String> rows() {
            List<String> all = new ArrayList<>(plus);
            all.addAll(minus);
            return all;
        }
    }

    private static final int MAX_COMBINATIONS = 100_000;
    private static final String TOTAL = "total";

    private final List<Item> resultRows;
    private final List<Optional<Item>> columns;
    private final Map<String, List<BigDecimal>> known = new LinkedHashMap<>();
    private final Map<String, Open> open = new LinkedHashMap<>();

    ApplicationArithmetic(Template template, List<Optional<Item>> columns) {
        this.resultRows = CellCatalog.applicationResultRows(template);
        this.columns = List.copyOf(columns);
    }

    /** The row sum, where the header prints the six applicant columns and 总计; otherwise none. */
    static List<RunSplitter.Sum> rowSum(List<Optional<Item>> columns) {
        List<Integer> parts = new ArrayList<>();
        int total = -1;
        for (int k = 0; k < columns.size(); k++) {
            Optional<Item> c = columns.get(k);
            if (c.isEmpty()) return List.of();
            if (c.get().id().equals(TOTAL)) total = k;
            else parts.add(k);
        }
        boolean all = total >= 0 && parts.size() == CellCatalog.applicationColumns().size() - 1;
        return all ? List.of(new RunSplitter.Sum(parts, total)) : List.of();
    }

    void known(Item row, List<Token> values) {
        known.put(row.id(), numbers(values.stream().map(Token::raw).toList()));
        open.remove(row.id());
    }

    void open(Item row, Token run, List<List<String>> pieces) {
        open.put(row.id(), new Open(row, run, pieces));
    }

    /** The open rows the column sums settle, each with its values; they leave the open rows. */
    Map<Item, List<Token>> resolve() {
        Map<Item, List<Token>> settled = new LinkedHashMap<>();
        boolean progress = true;
        while (progress && !open.isEmpty()) {
            progress = false;
            for (Equation e : equations()) progress |= narrow(e);
            for (Iterator<Open> it = open.values().iterator(); it.hasNext();) {
                Open o = it.next();
                if (o.pieces().size() != 1) continue;
                settled.put(o.row(), RunSplitter.tokens(o.run(), o.pieces().get(0)));
                known.put(o.row().id(), numbers(o.pieces().get(0)));
                it.remove();
                progress = true;
            }
        }
        return settled;
    }

    List<Open> unresolved() {
        return List.copyOf(open.values());
    }

    /** The column sums whose rows are all printed: 三(七) over the result rows, and the balance. */
    private List<Equation> equations() {
        List<String> results = new ArrayList<>(resultRows.stream().map(Item::id).toList());
        // 三(六): its sub-rows where they are printed (the sum row is then their sum), else the one row
        List<String> subRows = results.stream().filter(id -> id.startsWith("other.")).toList();
        List<Equation> out = new ArrayList<>();
        if (subRows.stream().anyMatch(this::printed)) {
            results.remove("other");
            out.add(new Equation(List.of("other"), subRows));
        } else {
            results.removeAll(subRows);
        }
        out.add(new Equation(List.of("resultTotal"), results));
        out.add(new Equation(List.of("newlyReceived", "carriedOver"), List.of("resultTotal", "carriedForward")));
        out.removeIf(e -> !e.rows().stream().allMatch(this::printed));
        return out;
    }

    private boolean printed(String row) {
        return known.containsKey(row) || open.containsKey(row);
    }

    /** Keeps the splits of the open rows of {@code e} that some combination satisfying it uses. */
    private boolean narrow(Equation e) {
        List<Open> unknown = e.rows().stream().filter(open::containsKey).map(open::get).toList();
        if (unknown.isEmpty()) return false;
        long combinations = 1;
        for (Open o : unknown) combinations = Math.min(combinations * o.pieces().size(), MAX_COMBINATIONS + 1L);
        if (combinations > MAX_COMBINATIONS) return false;
        List<Set<Integer>> used = new ArrayList<>();
        for (int u = 0; u < unknown.size(); u++) used.add(new LinkedHashSet<>());
        int[] choice = new int[unknown.size()];
        for (long n = 0; n < combinations; n++) {
            Map<String, List<BigDecimal>> values = new LinkedHashMap<>(known);
            for (int u = 0; u < unknown.size(); u++) values.put(unknown.get(u).row().id(), numbers(unknown.get(u).pieces().get(choice[u])));
            if (holds(e, values)) for (int u = 0; u < unknown.size(); u++) used.get(u).add(choice[u]);
            for (int u = 0; u < unknown.size() && ++choice[u] == unknown.get(u).pieces().size(); u++) choice[u] = 0;
        }
        // no combination fits: the report's own sums fail, and they settle nothing
        if (used.get(0).isEmpty()) return false;
        boolean narrowed = false;
        for (int u = 0; u < unknown.size(); u++) {
            Open o = unknown.get(u);
            if (used.get(u).size() == o.pieces().size()) continue;
            List<List<String>> kept = used.get(u).stream().map(o.pieces()::get).toList();
            open.put(o.row().id(), new Open(o.row(), o.run(), kept));
            narrowed = true;
        }
        return narrowed;
    }

    private boolean holds(Equation e, Map<String, List<BigDecimal>> values) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).isEmpty()) continue;
            BigDecimal d = BigDecimal.ZERO;
            for (String r : e.plus()) d = d.add(values.get(r).get(c));
            for (String r : e.minus()) d = d.subtract(values.get(r).get(c));
            if (d.signum() != 0) return false;
        }
        return true;
    }

    /** A blank cell counts as 0 inside a sum (spec/rules.md). */
    private static List<BigDecimal> numbers(List<String> raws) {
        return raws.stream().map(r -> Values.parse(r).number().orElse(BigDecimal.ZERO)).toList();
    }
}
