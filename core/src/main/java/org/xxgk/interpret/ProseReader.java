package org.xxgk.interpret;

import java.util.List;
import org.xxgk.extract.TextBlock;

/**
 * Reads metadata (title, agency, statistical year, publication date), the verbatim sections 一 to
 * 六 and the figures stated in the prose from a report's text blocks.
 */
final class ProseReader {

    private ProseReader() {}

    /**
     * @param blocks the document's text blocks in reading order; the interpreter leaves out the
     *               blocks it consumed as table cells, but the reader must cope with stray cells
     */
    static Prose read(List<TextBlock> blocks) {
        throw new UnsupportedOperationException("not implemented yet"); // TODO(issue 2)
    }
}
