package org.xxgk.check;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.Template;

/**
 * The one place that names rows and columns the rules single out and composes canonical keys from
 * {@link CellCatalog} items; every composed key is checked against the catalogue, so a key that
 * drifts from {@code cells.md} fails at once instead of reading a blank.
 */
final class Keys {

    static final String TOTAL = "total";
    static final String NEWLY_RECEIVED = "newlyReceived";
    static final String CARRIED_OVER = "carriedOver";
    static final String OTHER = "other";
    static final String RESULT_TOTAL = "resultTotal";
    static final String CARRIED_FORWARD = "carriedForward";
    static final String PREVIOUS_YEAR = "previousYear";
    static final String CHANGE = "change";
    static final String AMOUNT = "amount";
    static final String NEWLY_PUBLISHED = "newlyPublished";
    static final String TOTAL_PUBLISHED = "totalPublished";
    static final String RECONSIDERATION = "reconsideration";
    static final String LITIGATION_DIRECT = "litigationDirect";
    static final String LITIGATION_AFTER_REVIEW = "litigationAfterReview";
    static final String UPHELD = "upheld";
    static final String CORRECTED = "corrected";

    private Keys() {}

    static String application(String row, String column) {
        return known("applications." + row + "." + column);
    }

    static String review(String group, String column) {
        return known("review." + group + "." + column);
    }

    static String active(String row, String column) {
        return known("active." + row + "." + column);
    }

    /** 三's columns C+ (the applicant columns and 总计), in printed order. */
    static List<CellCatalog.Item> columnsWithTotal() {
        return CellCatalog.applicationColumns();
    }

    /** 三's applicant columns C, without 总计. */
    static List<CellCatalog.Item> applicantColumns() {
        return CellCatalog.applicationColumns().stream().filter(c -> !c.id().equals(TOTAL)).toList();
    }

    // the rows of 三 and nothing else: a couple of dozen entries
    private static final Map<String, List<String>> APPLICATION_ROWS = new ConcurrentHashMap<>();

    /** The keys of one row of 三 over C+ (composed and checked once a row). */
    static List<String> applicationRow(String row) {
        return APPLICATION_ROWS.computeIfAbsent(
                row,
                r -> columnsWithTotal().stream()
                        .map(c -> application(r, c.id()))
                        .toList());
    }

    // each catalogue key to its catalogue string: a key composed here is looked up in a report's cells as that string,
    // which the report's own keys are (so each lookup's equals is an identity)
    private static final Map<String, String> CATALOGUE =
            CellCatalog.allKeys().stream().collect(Collectors.toUnmodifiableMap(k -> k, k -> k));

    /** The catalogue's own string of a catalogue key (not a LEGACY one). */
    private static String known(String key) {
        String known = CATALOGUE.get(key);
        if (known == null) throw new IllegalStateException("not a catalogue key: " + key);
        return known;
    }
}
