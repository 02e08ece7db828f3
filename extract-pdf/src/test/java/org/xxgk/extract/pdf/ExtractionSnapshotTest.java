package org.xxgk.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.Limits;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole extracted document of every PDF the module has (the seed fixtures, the real report,
 * the Chromium prints), block by block, against a snapshot in {@code snapshots/}: each grid's
 * cells (text, spans, provenance) and each text block. The snapshots were written by the
 * extractor as it was before its page reading was changed to one pass over each content stream
 * (issue 15), so that reading the page once gives exactly what reading it twice gave. Unlike the
 * golden tests, which compare the canonical cells, this compares what the extractor hands the
 * interpreter, so a change that happens to be repaired further down still shows.
 *
 * <p>A mismatch writes the document as extracted to {@code snapshots-actual/} in the build
 * directory. A snapshot is replaced by hand, never by the test, and only for a change of
 * extraction that was meant.
 */
class ExtractionSnapshotTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "fixtures/000", "fixtures/001", "fixtures/002", "fixtures/003", "fixtures/004",
        "real/014",
        "derived/chromium/000", "derived/chromium/001", "derived/chromium/002", "derived/chromium/003",
        "derived/chromium/004", "derived/chromium/blank-org",
        "chromium-split/values-first", "chromium-split/values-after"})
    void extractionIsUnchanged(String id) throws IOException {
        String actual = render(Fixtures.extract(resource("/" + id + ".pdf"), id + ".pdf", Limits.DEFAULT));
        String snapshot = "/snapshots/" + id.replace('/', '-') + ".txt";
        byte[] expected = resourceOrNull(snapshot);
        if (expected == null || !new String(expected, StandardCharsets.UTF_8).equals(actual)) {
            Path out = buildDirectory().resolve("snapshots-actual").resolve(id.replace('/', '-') + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            assertThat(expected).as("snapshot " + snapshot + " (the extraction now is in " + out + ")").isNotNull();
            assertThat(actual).as(id + ".pdf against " + snapshot + " (the whole extraction now is in " + out + ")")
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        }
    }

    /** One line per block, then one per cell of a grid; text escaped so that a line is a line. */
    static String render(ExtractedDocument document) {
        StringBuilder out = new StringBuilder();
        out.append("source ").append(document.source()).append(" blocks ").append(document.blocks().size())
                .append(" warnings ").append(document.warnings().size()).append('\n');
        for (var block : document.blocks()) {
            if (block instanceof TableGrid grid) {
                var at = grid.provenance();
                out.append("table ")
                        .append(grid.index())
                        .append(' ')
                        .append(grid.rowCount())
                        .append('x')
                        .append(grid.columnCount())
                        .append(" at ")
                        .append(provenance(at.page(), at.table(), at.row(), at.column(), at.line()))
                        .append('\n');
                for (int r = 0; r < grid.rowCount(); r++) {
                    for (int c = 0; c < grid.columnCount(); c++) {
                        var cell = grid.cell(r, c);
                        var p = cell.provenance();
                        out.append("  ")
                                .append(r + 1)
                                .append(',')
                                .append(c + 1)
                                .append(' ')
                                .append(cell.rowSpan())
                                .append('x')
                                .append(cell.colSpan())
                                .append(cell.spanOrigin() ? " origin" : " copy")
                                .append(" at ")
                                .append(provenance(p.page(), p.table(), p.row(), p.column(), p.line()))
                                .append(" \"")
                                .append(escape(cell.text()))
                                .append("\"\n");
                    }
                }
            } else if (block instanceof TextBlock text) {
                var p = text.provenance();
                out.append("text at ")
                        .append(provenance(p.page(), p.table(), p.row(), p.column(), p.line()))
                        .append(" \"")
                        .append(escape(text.text()))
                        .append("\"\n");
            } else {
                out.append("block ").append(escape(String.valueOf(block))).append('\n');
            }
        }
        return out.toString();
    }

    /** Page, table, row, column, line (0 where they do not apply). */
    private static String provenance(int page, int table, int row, int column, int line) {
        return page + "/" + table + "/" + row + "/" + column + "/" + line;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\")
                .replace("\n", "\\n")
                .replace("\r", "\\r")
                .replace("\t", "\\t")
                .replace("\"", "\\\"");
    }

    private static byte[] resource(String name) {
        byte[] bytes = resourceOrNull(name);
        if (bytes == null) throw new IllegalStateException("missing test resource " + name);
        return bytes;
    }

    private static byte[] resourceOrNull(String name) {
        try (InputStream in = ExtractionSnapshotTest.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module's build directory (the parent of the test classes), whatever it is named. */
    private static Path buildDirectory() {
        try {
            return Path.of(ExtractionSnapshotTest.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
