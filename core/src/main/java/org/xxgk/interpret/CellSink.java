package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xxgk.extract.Provenance;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellValue;
import org.xxgk.model.Warning;

/** Collects the cells, LEGACY labels and warnings of one report while the table readers place values. */
final class CellSink {

    final Map<String, CellValue> cells = new LinkedHashMap<>();
    final Map<String, String> labels = new LinkedHashMap<>();
    final List<Warning> warnings = new ArrayList<>();

    /** Files a cell under {@code key}; the unit printed in the cell wins over the header's. The first value of a key stays. */
    void put(String key, Token cell, Optional<String> headerUnit) {
        if (cells.containsKey(key)) {
            if (cell.value().number().isPresent()) {
                warn("DUPLICATE_CELL", key + " is printed twice; kept the first value, not \"" + cell.raw() + "\"", cell.provenance());
            }
            return;
        }
        Values.Parsed v = cell.value();
        Optional<String> unit = v.number().isPresent() ? v.unit().or(() -> headerUnit) : Optional.empty();
        cells.put(key, new CellValue(key, v.number(), unit, cell.raw(), cell.provenance()));
    }

    /** Files a LEGACY cell with its own unit (from the 单位 column) and label. */
    void putLegacy(String key, Token cell, Optional<String> unit, String label) {
        if (cells.containsKey(key)) {
            warn("DUPLICATE_CELL", key + " is printed twice; kept the first value", cell.provenance());
            return;
        }
        Values.Parsed v = cell.value();
        Optional<String> u = v.number().isPresent() ? v.unit().or(() -> unit) : Optional.empty();
        cells.put(key, new CellValue(key, v.number(), u, cell.raw(), cell.provenance()));
        labels.put(key, label);
    }

    /** Files a key whose cell is not printed at all (a LEGACY heading row without a value cell). */
    void putBlank(String key, Provenance provenance, String label) {
        if (cells.containsKey(key)) return;
        cells.put(key, new CellValue(key, Optional.empty(), Optional.empty(), "", provenance));
        labels.put(key, label);
    }

    void warn(String code, String message, Provenance provenance) {
        warnings.add(new Warning(code, message, provenance));
    }

    /**
     * The value cells of a row for columns that hold {@code slots}: as {@link #fit}, or, where one
     * cell holds every value run together, the one split that keeps the row's {@code sums}; a run
     * that splits more ways than one is not placed.
     */
    Optional<List<Token>> fitOrSplit(List<Token> cells, List<RunSplitter.Slot> slots, List<RunSplitter.Sum> sums, String what) {
        Optional<Token> run = RunSplitter.run(cells, slots.size());
        if (run.isEmpty()) return fit(cells, slots.size(), what);
        RunSplitter.Splits splits = RunSplitter.split(run.get().raw(), slots, sums);
        if (splits.unique()) return Optional.of(RunSplitter.tokens(run.get(), splits.pieces().get(0)));
        ambiguous(what, run.get(), splits.count());
        return Optional.empty();
    }

    /** A run of digits that the table's arithmetic does not split one way only. */
    void ambiguous(String what, Token run, String count) {
        warn("VALUE_AMBIGUOUS", what + ": the digits \"" + run.raw() + "\" run its values together and split " + count
                + " ways that fit the table's arithmetic; not placed", run.provenance());
    }

    /**
     * The {@code n} value cells of a row: surplus blank cells at the end, then at the start, are padding (a label that
     * took an extra column, a table wider than its header) and go; surplus values beyond the header
     * are dropped with a warning. Fewer cells than columns cannot be placed with confidence: empty.
     */
    Optional<List<Token>> fit(List<Token> cells, int n, String what) {
        List<Token> c = new ArrayList<>(cells);
        // a grid wider than its header pads at the end more often than a label takes an extra cell
        while (c.size() > n && c.get(c.size() - 1).value().kind() == Values.Kind.EMPTY) c.remove(c.size() - 1);
        while (c.size() > n && c.get(0).value().kind() == Values.Kind.EMPTY) c.remove(0);
        if (c.size() > n) {
            for (Token extra : c.subList(n, c.size())) {
                if (extra.value().kind() != Values.Kind.EMPTY) {
                    warn("VALUE_WITHOUT_HEADER", what + ": value \"" + extra.raw() + "\" has no column header; dropped", extra.provenance());
                }
            }
            c = new ArrayList<>(c.subList(0, n));
        }
        if (c.size() < n) {
            Provenance p = cells.isEmpty() ? Provenance.NONE : cells.get(0).provenance();
            if (!cells.isEmpty() || n > 0) {
                warn("ROW_INCOMPLETE", what + ": " + c.size() + " value cells for " + n + " columns; not placed", p);
            }
            return Optional.empty();
        }
        for (Token t : c) {
            if (t.value().kind() == Values.Kind.TEXT || t.value().kind() == Values.Kind.UNIT || t.value().kind() == Values.Kind.RUN) {
                warn("VALUE_UNPARSABLE", what + ": \"" + t.raw() + "\" is not a number", t.provenance());
            }
        }
        return Optional.of(c);
    }
}
