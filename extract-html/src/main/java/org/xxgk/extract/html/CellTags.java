package org.xxgk.extract.html;

/**
 * Counts the {@code <td>} and {@code <th>} start tags in a page's bytes before it is decoded and
 * parsed. Every data cell is one of them and takes one grid position at least, so a page with more
 * of them than the cell limit fails at once, instead of after its tree (several times the page's
 * size) has filled the heap. The count holds for every ASCII-compatible charset (UTF-8, GBK,
 * GB18030: no byte of a multi-byte character is {@code <}); a UTF-16 page counts nothing here and
 * is limited by the grid's own count. Cells of layout tables, comments and scripts are counted
 * too; a page holding more than the limit of them is no report either.
 */
final class CellTags {

    private CellTags() {}

    /**
     * The most cell tags a page of {@code bytes} can hold: each takes four bytes ({@code <td} and the character
     * after it, which is never the next tag's {@code <}), so a short page need not be scanned.
     */
    static long mostIn(int bytes) {
        return bytes / 4;
    }

    /** The number of {@code <td} and {@code <th} start tags, in any letter case. */
    static long count(byte[] content) {
        long n = 0;
        int last = content.length - 3;
        for (int i = 0; i < last; i++) {
            if (content[i] != '<') continue;
            int t = content[i + 1] | 0x20;
            int d = content[i + 2] | 0x20;
            if (t != 't' || d != 'd' && d != 'h') continue;
            byte after = content[i + 3];
            if (after == '>'
                    || after == '/'
                    || after == ' '
                    || after == '\t'
                    || after == '\n'
                    || after == '\r'
                    || after == '\f') {
                n++;
            }
        }
        return n;
    }
}
