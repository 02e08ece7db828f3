package org.xxgk.extract.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.LimitExceededException;
import org.xxgk.Limits;
import org.xxgk.Reason;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Encodings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text extractor's lines, decoded as it reads them, and the cell limit that bounds them. */
class TextLinesTest {

    private static Lines lines(String text, Charset cs) {
        byte[] bytes = text.getBytes(cs);
        return new Lines(bytes, Encodings.detect(bytes, Optional.empty()));
    }

    @Test
    void blankRunsAreOneEntryAndLinesKeepTheirNumbers() {
        Lines l = lines("a\r\n\r\n  \t\nb\rc\n\n\nd\n", StandardCharsets.UTF_8);
        assertThat(List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5)))
                .containsExactly("a", Lines.BLANK, "b", "c", Lines.BLANK, "d");
        assertThat(List.of(l.number(0), l.number(2), l.number(3), l.number(5))).containsExactly(1, 4, 5, 8);
        assertThat(l.has(6)).isFalse();
    }

    @Test
    void gb18030IsDecodedLineByLine() {
        Lines l = lines("行政许可\n\n规章 0 0 0", Encodings.GB18030);
        assertThat(l.get(0)).isEqualTo("行政许可");
        assertThat(l.get(2)).isEqualTo("规章 0 0 0");
        assertThat(l.number(2)).isEqualTo(3);
    }

    @Test
    void releasedLinesAreGone() {
        Lines l = lines("a\nb\nc", StandardCharsets.UTF_8);
        l.get(2);
        l.release(2);
        assertThat(l.get(2)).isEqualTo("c");
        assertThat(l.number(0)).isEqualTo(1);
    }

    private static ExtractedDocument extract(String text, int maxCells) {
        return new TextDocumentExtractor().extract(text.getBytes(StandardCharsets.UTF_8),
                ExtractionContext.start("t.txt", Limits.DEFAULT.withMaxCells(maxCells)));
    }

    @Test
    void linesOutsideGridsCountAgainstTheCellLimit() {
        String text = "一、总体情况\n\n行政许可\n12\n\n\n行政处罚\n3\n";
        ExtractedDocument d = extract(text, 5);
        assertThat(d.blocks()).hasSize(5);
        assertThat(d.blocks().get(4)).isEqualTo(new TextBlock("3", org.xxgk.source.Provenance.line(8)));
        assertThatThrownBy(() -> extract(text, 4)).isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(((LimitExceededException) e).reason()).isEqualTo(Reason.TOO_MANY_CELLS));
    }

    @Test
    void theCellsOfALineThatHoldsATableCountAgainstTheLimitToo() throws java.io.IOException {
        String seed;
        try (var in = getClass().getResourceAsStream("/seeds/000_5657be0d32f901c0.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a crawler's copy: the whole report on one line, three times
        String line = String.join(" ", seed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        byte[] text = (line + "\n" + line + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(org.xxgk.Xxgk.builder().build().read(text, "t.txt").cells()).isNotEmpty();
        org.xxgk.XxgkReader strict = org.xxgk.Xxgk.builder().limits(Limits.DEFAULT.withMaxCells(1000)).build();
        assertThat(strict.extract(text, "t.txt").blocks()).hasSize(3);
        assertThatThrownBy(() -> strict.read(text, "t.txt")).isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(((LimitExceededException) e).reason()).isEqualTo(Reason.TOO_MANY_CELLS));
        // all on a single line: the count grows as the line is cut, before all its cells are held
        byte[] single = String.join(" ", line, line, line, line).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> strict.read(single, "t.txt")).isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(((LimitExceededException) e).reason()).isEqualTo(Reason.TOO_MANY_CELLS));
    }

    @Test
    void aRunOfBarLinesStopsAtTheCellLimitBeforeItEnds() {
        String text = "a |\n".repeat(50);
        assertThat(((TableGrid) extract(text, 50).blocks().get(0)).rowCount()).isEqualTo(50);
        assertThatThrownBy(() -> extract(text, 49)).isInstanceOf(LimitExceededException.class);
    }
}
