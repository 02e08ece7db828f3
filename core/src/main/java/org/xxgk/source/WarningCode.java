package org.xxgk.source;

/**
 * What a {@link Warning} is about. The codes are stable: JSON and CSV outputs write {@link #code()},
 * and callers may branch on the constants. The first group means values of the report's tables
 * were not read (a report with any of them is never called clean); the rest are notes.
 */
public enum WarningCode {
    /** A printed row matches no row of the form; its values are not placed. */
    ROW_NOT_MATCHED(true),
    /** A row's values could not be read as its cells (too few, or no split keeps the row's sums). */
    ROW_INCOMPLETE(true),
    /** Run-together digits split in more than one way that keeps every sum; not placed. */
    VALUE_AMBIGUOUS(true),
    /** A cell holds text where the form has a number. */
    VALUE_UNPARSABLE(true),
    /** A statistical table of the report's form was not found (the checker's MISSING_TABLE says so). */
    TABLE_NOT_FOUND(false),
    /** A value beyond the form's columns (no header above it); dropped. */
    VALUE_WITHOUT_HEADER(false),
    /** A row whose label matched nothing was placed on the one form row left between its neighbours. */
    ROW_MATCHED_BY_ORDER(false),
    /** The same cell is printed twice; the first value is kept. */
    DUPLICATE_CELL(false),
    /** The document holds several copies of a report (a concatenated export); the first is read. */
    SEVERAL_REPORTS(false),
    /** No report title (…年政府信息公开工作年度报告) found. */
    TITLE_NOT_FOUND(false),
    /** The statistical year is stated nowhere. */
    YEAR_NOT_FOUND(false),
    /** No numbered part (一、总体情况 …) found. */
    SECTIONS_NOT_FOUND(false),
    /** An HTML page's declared charset did not decode it; the bytes decided. */
    CHARSET_LABEL_IGNORED(false),
    /** The page was held in a script or JSON string and read from there. */
    HTML_FROM_SCRIPT(false),
    /** Text before the page's markup (a crawler's header) was left out. */
    TEXT_BEFORE_PAGE(false);

    private final boolean tableUnread;

    WarningCode(boolean tableUnread) {
        this.tableUnread = tableUnread;
    }

    /** The stable code written to JSON and CSV, e.g. {@code ROW_NOT_MATCHED}. */
    public String code() {
        return name();
    }

    /** True when the warning means values of the report's tables were left unread. */
    public boolean tableUnread() {
        return tableUnread;
    }
}
