package org.xxgk.extract.pdf;

import java.util.List;

/**
 * What one page holds once its tables are found.
 *
 * @param page    1-based page number
 * @param tables  table parts, top to bottom
 * @param prose   the lines outside tables, top to bottom, page numbers removed
 * @param glyphs  how many visible glyphs the page has (0 for a scanned page)
 */
record PageLayout(int page, List<TablePart> tables, List<TextLine> prose, int glyphs) {

    PageLayout {
        tables = List.copyOf(tables);
        prose = List.copyOf(prose);
    }
}
