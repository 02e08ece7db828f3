package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.CellValue;
import org.xxgk.source.Provenance;
import org.xxgk.source.Warning;
import org.xxgk.source.WarningCode;

/** Collects the cells, LEGACY labels and warnings of one report while the table readers place values. */
final class CellSink {

    // sized past a report's cells (a V2021 report files 200; at 256 the table grew once at the end, from 16 five times)
    final Map<String, CellValue> cells = new LinkedHashMap<>(512);
    final Map<String, String> labels = new LinkedHashMap<>();
    final List<Warning> warnings = new ArrayList<>();
    /** LEGACY rows' one figure for the year's and the cumulative column, which column not yet told. */
    final List<LoneFigure> loneFigures = new ArrayList<>();
    /** Called in every long loop: throws once the caller's time limit has passed. */
    final Runnable checkTime;

    CellSink(Runnable checkTime) {
        this.checkTime = checkTime;
    }

    /**
     * Files a cell under {@code key}; the unit printed in the cell wins over the header's. The first value of a key
     * stays.
     */
    void put(String key, Token cell, Optional<String> headerUnit) {
        if (cells.containsKey(key)) {
            if (cell.value().number().isPresent()) {
                warn(
                        WarningCode.DUPLICATE_CELL,
                        key + " is printed twice; kept the first value, not \"" + cell.raw() + "\"",
                        cell.provenance());
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
            warn(WarningCode.DUPLICATE_CELL, key + " is printed twice; kept the first value", cell.provenance());
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

    void warn(WarningCode code, String message, Provenance provenance) {
        warnings.add(new Warning(code, message, provenance));
    }

    /**
     * Holds a LEGACY row's one figure for two columns (the other printed blank) until the table's sums tell its
     * column ({@link LegacyLoneFigures}); {@code warning}, that it was not placed, stands until they do.
     */
    void lone(String key, String label, Token figure, Optional<String> unit, Warning warning) {
        warnings.add(warning);
        loneFigures.add(new LoneFigure(key, label, figure, unit, warning));
    }

    /** A LEGACY row's one figure for the year's and the cumulative column, and the warning that it is not placed. */
    record LoneFigure(String key, String label, Token figure, Optional<String> unit, Warning warning) {}
}
