package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.xxgk.internal.Text;
import org.xxgk.testing.RandomText;

/** The cheap checks that spare a line the regexes answer as the regexes do, on every line of the bundled texts. */
class LineShortcutsTest {

    private static List<String> lines() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/real"), Path.of("../examples/samples"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
                }
            }
        }
        out.addAll(List.of("- 3 -", "—12—", "第 3 页", "第3页,共12页", "共 9 页 第 2 页", "3/12", " 7 / 9 ", "-３-",
                "增加1减少2增3减4增加5减少6增7减8增加9减少10", "1".repeat(200), "１２３", "①", "行政许可 ²", "新增12万元。"));
        return out;
    }

    @Test
    void aPageNumberIsOnlySkippedWhenThePatternWouldNotMatch() throws IOException {
        List<String> lines = lines();
        assertThat(lines).hasSizeGreaterThan(500);
        SoftAssertions soft = new SoftAssertions();
        for (String line : lines) {
            soft.assertThat(LineCells.isPageNumber(line)).as(line)
                    .isEqualTo(ReportVocabulary.INSTANCE.isPageNumber(line));
        }
        soft.assertAll();
    }

    @Test
    void aLineReadAsTextIsTextToValues() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        int text = 0;
        for (String line : lines()) {
            if (LineCells.readsAsText(Text.compact(line))) {
                text++;
                soft.assertThat(Values.parse(line).kind()).as(line).isEqualTo(Values.Kind.TEXT);
            }
        }
        soft.assertAll();
        assertThat(text).isPositive();
        assertThat(LineCells.readsAsText(Text.compact("增加1减少2增3减4增加5减少6增7减8增加9减少10新增11"))).isFalse();
    }

    @Test
    void aCellWithoutDigitsHoldsNoneOnceNormalised() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        for (String line : lines()) {
            if (!LineCells.mayHoldDigit(line)) {
                soft.assertThat(Text.normalize(line)).as(line).doesNotContainPattern("[0-9]");
            }
        }
        soft.assertAll();
        assertThat(LineCells.mayHoldDigit("１２")).isTrue();
        assertThat(LineCells.mayHoldDigit("①")).isTrue();
        assertThat(LineCells.mayHoldDigit("行政许可(一)、“其他”")).isFalse();
    }

    @Test
    void aCellReadWithoutItsPatternsReadsAsThePatternsReadIt() throws IOException {
        // the shortcuts of Values.parse (small numbers, a first ideograph that starts no value) against its patterns
        List<String> cells = new ArrayList<>();
        for (String line : lines()) {
            cells.add(line);
            cells.addAll(List.of(line.split("[ \t|]+")));
        }
        Random random = new Random(15);
        String alphabet = "0123456789 .,-—/增减加少新无空万亿元件次人条项%其中申请公开行政许可一二三(）";
        for (int i = 0; i < 100_000; i++) cells.add(RandomText.upTo(random, alphabet, 6));
        for (int n = 0; n <= 1000; n++) cells.addAll(List.of(String.valueOf(n), String.format("%03d", n)));
        for (String cell : cells) {
            Values.Parsed parsed = Values.parse(cell);
            if (!parsed.equals(Values.read(cell))) assertThat(parsed).as("%s", cell).isEqualTo(Values.read(cell));
        }
        assertThat(Values.parse("12").number()).contains(new java.math.BigDecimal("12"));
        assertThat(Values.parse("行政许可").kind()).isEqualTo(Values.Kind.TEXT);
        assertThat(Values.parse("万元").kind()).isEqualTo(Values.Kind.UNIT);
        assertThat(Values.parse("增12").kind()).isEqualTo(Values.Kind.NUMBER);
    }

    @Test
    void aLineOfFiguresOrALabelIsWhatThePatternsSaid() throws IOException {
        // ProseReader's hand readers against the patterns they replace, on the bundled lines and random ones
        java.util.regex.Pattern figures = java.util.regex.Pattern.compile("^[\\d.,\\s%\\-+/|—]*(?:万元|元|件|条|个|人|次)?$");
        java.util.regex.Pattern label = java.util.regex.Pattern.compile("^[^,。;:!?、()“”《》]{1,12}$");
        List<String> texts = new ArrayList<>();
        for (String line : lines()) texts.addAll(List.of(line, Text.strip(line), Text.compact(line)));
        Random random = new Random(15);
        String alphabet = "0123456789.,%-+/|— \t\n\r\u0085\u2028万元件条个人次,。;:!?、()“”《》申请公开\uD83D\uDE00x";
        for (int i = 0; i < 100_000; i++) texts.add(RandomText.upTo(random, alphabet, 16));
        for (String t : texts) {
            if (ProseReader.isNumberLine(t) != figures.matcher(t).matches()) {
                assertThat(ProseReader.isNumberLine(t)).as("figures %s", t).isEqualTo(figures.matcher(t).matches());
            }
            if (ProseReader.isLabelLike(t) != label.matcher(t).matches()) {
                assertThat(ProseReader.isLabelLike(t)).as("label %s", t).isEqualTo(label.matcher(t).matches());
            }
        }
    }

    /** The pattern {@link LineCells#pieces} reads by hand, as it stood there; a digit is ASCII or full-width. */
    private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";
    private static final java.util.regex.Pattern PIECE = java.util.regex.Pattern.compile(
            "(?<value>(?:(?<![\\p{IsHan}A-Za-z])(?:" + Values.RUN_SIGNS + "|[-−－]))?"
            + DIGIT + "+(?:[,，]" + DIGIT + "{3})*(?:[.．]" + DIGIT + "+)?(?:万元|元)?)"
            + "|(?<space>\\s+)|(?<label>[^\\s0-9\\uFF10-\\uFF19]+)");

    /**
     * Each piece the pattern finds, found by hand where it starts: a value by {@link LineCells#valueEnd}, white space
     * and labels by {@link LineCells#runEnd}; and the pieces of the line, together, are the line without its ASCII
     * white space.
     */
    private static void assertSamePieces(SoftAssertions soft, String line) {
        java.util.regex.Matcher m = PIECE.matcher(line);
        int at = 0;
        while (m.find()) {
            soft.assertThat(m.start()).as("%s: a piece at %d", line, at).isEqualTo(at);
            boolean value = m.group("value") != null;
            soft.assertThat(LineCells.valueEnd(line, m.start())).as("%s: value at %d", line, m.start())
                    .isEqualTo(value ? m.end() : -1);
            if (!value) {
                soft.assertThat(LineCells.runEnd(line, m.start())).as("%s: run at %d", line, m.start())
                        .isEqualTo(m.end());
            }
            at = m.end();
        }
        soft.assertThat(String.join("", LineCells.pieces(line))).as(line)
                .isEqualTo(line.replaceAll("[ \\t\\n\\x0B\\f\\r]", ""));
    }

    @Test
    void theRunOnPiecesAreThoseThePatternFinds() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        List<String> lines = new ArrayList<>(lines());
        lines.add(String.join("", lines())); // the whole page on one line, as crawlers copy it
        for (String line : lines) assertSamePieces(soft, line);
        Random random = new Random(18);
        String alphabet = "0123456789 \t\r\n\u000B\f,，.．、:增加减少-−－万元件aZ申请数量二(一)\u00A0\u3000１９𠀀";
        for (int round = 0; round < 100_000; round++) assertSamePieces(soft, RandomText.upTo(random, alphabet, 16));
        soft.assertAll();
    }
}
